/**
 * {@code MembershipProcess} ({@code bpmn/network/membership.bpmn}) on Camunda 7, the only Camunda
 * code of the module: the engine adapter, the review task's listener ({@code
 * membershipReviewOpened}) and the delegates of the service tasks ({@code membershipSendWelcome},
 * {@code membershipSendDecline}, {@code membershipRemindReviewers}). Variables hold the application
 * id and the decision only.
 */
package org.redheart.network.process;
