package org.redheart.app.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

  @Test
  void givesAnAsciiFallbackAndTheExactUtf8Name() {
    assertThat(ContentDisposition.of(false, "সভা.pdf"))
        .isEqualTo("attachment; filename=\"___.pdf\"; filename*=UTF-8''%E0%A6%B8%E0%A6%AD%E0%A6%BE.pdf");
  }

  @Test
  void showsImagesInlineAndKeepsQuotesOutOfTheHeader() {
    assertThat(ContentDisposition.of(true, "a\"b\\c%.png"))
        .isEqualTo("inline; filename=\"a_b_c_.png\"; filename*=UTF-8''a%22b%5Cc%25.png");
  }
}
