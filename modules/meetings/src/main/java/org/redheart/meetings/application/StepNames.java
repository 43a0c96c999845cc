package org.redheart.meetings.application;

import java.util.Map;
import org.redheart.meetings.api.Step;

/** Step names in mails (the web UI takes them from its message bundles, under the same wording). */
final class StepNames {
  private StepNames() {}

  private static final Map<Step, String> EN = Map.ofEntries(
      Map.entry(Step.WRITE_CONCEPT_NOTE, "Write the concept note"),
      Map.entry(Step.APPROVE_CONCEPT_NOTE, "Approve the concept note"),
      Map.entry(Step.INVITE_SPEAKERS, "Invite speakers and participants"),
      Map.entry(Step.PREPARE_LOGISTICS, "Prepare logistics"),
      Map.entry(Step.RECORD_ATTENDANCE, "Record attendance"),
      Map.entry(Step.ASSIGN_BREAKOUT_GROUPS, "Assign breakout groups"),
      Map.entry(Step.RECORD_FINDINGS, "Record group findings"),
      Map.entry(Step.WRITE_REPORT, "Write the meeting report"),
      Map.entry(Step.REVIEW_REPORT, "Review the report"),
      Map.entry(Step.PUBLISH_SOCIAL_POST, "Publish the social post"));

  private static final Map<Step, String> BN = Map.ofEntries(
      Map.entry(Step.WRITE_CONCEPT_NOTE, "ধারণাপত্র লিখুন"),
      Map.entry(Step.APPROVE_CONCEPT_NOTE, "ধারণাপত্র অনুমোদন করুন"),
      Map.entry(Step.INVITE_SPEAKERS, "অতিথি বক্তা ও অংশগ্রহণকারীদের আমন্ত্রণ"),
      Map.entry(Step.PREPARE_LOGISTICS, "আয়োজনের প্রস্তুতি"),
      Map.entry(Step.RECORD_ATTENDANCE, "উপস্থিতি লিখুন"),
      Map.entry(Step.ASSIGN_BREAKOUT_GROUPS, "দলভিত্তিক আলোচনার দল ঠিক করুন"),
      Map.entry(Step.RECORD_FINDINGS, "দলের ফলাফল লিখুন"),
      Map.entry(Step.WRITE_REPORT, "সভার প্রতিবেদন লিখুন"),
      Map.entry(Step.REVIEW_REPORT, "প্রতিবেদন পর্যালোচনা করুন"),
      Map.entry(Step.PUBLISH_SOCIAL_POST, "সামাজিক মাধ্যমে পোস্ট প্রকাশ"));

  static String name(Step step, String language) {
    return ("bn".equals(language) ? BN : EN).get(step);
  }
}
