/**
 * Feedback from anyone, named or anonymous: a public form kept free of junk by {@code publicforms}, each piece
 * tracked from received to answered against the organisation's promise in working days, the reply sent to the person,
 * and a public "you said, we did" page of the pieces people agreed to share.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package org.coproduce.feedback;
