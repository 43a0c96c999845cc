package org.redheart.materials.api;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.redheart.platform.api.Actor;
import org.redheart.platform.api.Page;
import org.redheart.platform.api.PageRequest;

/**
 * Materials and their versions, and the publication approval every one of them passes.
 *
 * <p><b>Who.</b> Organisers and supervisors of a material's campaign read and write it; the
 * safeguarding lead reads every material; admins read all. Approval is for a supervisor of the
 * campaign who did not edit the version (four-eyes, checked here, not only in the task list);
 * clearance of high-severity findings is for the safeguarding lead; purging for a supervisor.
 *
 * <p><b>Flow.</b> {@link #create} makes version 1 as a draft; {@link #edit} changes the draft, or,
 * when the newest version is no longer a draft, makes a new draft version from it (an approved
 * material goes back to review when that draft is submitted; a version in review is superseded and
 * its approval ends). {@link #submit} runs the safeguarding check, stores its findings masked and
 * starts {@code PublicationApprovalProcess}: clearance first when a finding is high, then approval.
 * Every decision is written to the audit log with the version's content hash.
 *
 * @throws org.redheart.platform.api.NotFound for an unknown material or version, or one the actor may not read
 * @throws org.redheart.platform.api.Forbidden when the actor may read but not do this
 * @throws org.redheart.platform.api.InvalidInput naming the field, for bad input (nothing changed)
 * @throws org.redheart.platform.api.Conflict when the material is not in a state that allows it,
 *     saying why (a stale {@code lock}, a version no longer in review, a finding not cleared, a photo
 *     without attestation)
 */
public interface Materials {
  Page<MaterialSummary> list(MaterialQuery query, PageRequest page, Actor actor);

  MaterialDetails get(String materialId, Actor actor);

  /** Creates the material with version 1 as a draft holding {@code text} (may be empty). */
  MaterialDetails create(MaterialInput input, String text, Actor actor);

  /** Changes title, kind, language and meetings (not the content: no new version). */
  MaterialDetails describe(String materialId, MaterialInput input, long lock, Actor actor);

  /**
   * Replaces the text of the newest draft, or makes a new draft version with this text (copying the
   * files and their attestations) when the newest version is not a draft. The actor becomes one of
   * the version's editors.
   */
  MaterialDetails edit(String materialId, String text, long lock, Actor actor);

  /**
   * Adds a file to the draft (a new draft version is made as in {@link #edit}); checked by content
   * against documents, images and video; image metadata is read for the check and then stripped.
   */
  VersionFile addFile(String materialId, InputStream content, long declaredLength, String fileName, Actor actor);

  /**
   * A file of one of the material's versions, for the material's readers (the file store by itself
   * lets only the uploader and admins read it).
   */
  org.redheart.platform.api.FileInfo fileInfo(String materialId, String fileId, Actor actor);

  /** The content of such a file, to be closed by the caller. */
  InputStream fileContent(String materialId, String fileId, Actor actor);

  /** Removes a file from the draft. */
  MaterialDetails removeFile(String materialId, String fileId, Actor actor);

  /**
   * Records a photo's attestation on the newest version (draft or in review; not a change of
   * content). {@code consentReference} is required for {@link Attestation#GUARDIAN_CONSENT_ON_FILE}.
   */
  VersionFile attest(String materialId, String fileId, Attestation attestation, String consentReference, Actor actor);

  /**
   * Submits the draft: runs the safeguarding check (the campaign's sensitive names from the caller
   * may be given), stores the findings masked and starts the approval. Empty content is refused.
   */
  MaterialDetails submit(String materialId, List<String> sensitiveNames, Actor actor);

  /** A version as its readers see it. */
  VersionView version(String materialId, int number, Actor actor);

  /**
   * The version compared with the last approved version before it (word by word); all INSERTED when
   * none was approved; empty when either text was purged.
   */
  List<DiffSegment> compare(String materialId, int number, Actor actor);

  /** The safeguarding lead clears the version's high findings with a note (required). */
  MaterialDetails clear(String materialId, int number, String note, Actor actor);

  /**
   * An eligible supervisor approves the version in review (clearance done, every photo attested).
   */
  MaterialDetails approve(String materialId, int number, String comment, Actor actor);

  /**
   * An eligible supervisor, or the safeguarding lead at clearance, sends the version back with a
   * comment (required); the author edits and submits again.
   */
  MaterialDetails requestChanges(String materialId, int number, String comment, Actor actor);

  /**
   * Withdraws the material (its author, a supervisor of the campaign, or the safeguarding lead):
   * a version in review ends its approval; an approved or published material is marked withdrawn
   * and is not published or sent any more. Idempotent.
   */
  MaterialDetails withdraw(String materialId, String reason, Actor actor);

  /**
   * A person marks an approved material published by hand with its permalink (http or https).
   */
  MaterialDetails markPublished(String materialId, String permalink, Actor actor);

  /**
   * A supervisor of the campaign purges the text (and drops the files) of a rejected or withdrawn
   * version; its content hash and decisions stay.
   */
  MaterialDetails purge(String materialId, int number, Actor actor);

  /** The open review tasks the actor may work on (clearance for the lead, approval for eligible supervisors). */
  Page<ReviewTask> reviewTasks(Actor actor, PageRequest page);

  /** The open review task of a version, if the actor may work on it. */
  Optional<ReviewTask> reviewTask(String taskId, Actor actor);

  /** Materials linked to a meeting, newest first (at most 50). */
  List<MaterialSummary> ofMeeting(String meetingId, Actor actor);
}
