/**
 * Personal data: the contracts through which every module that keeps something about people takes part in privacy,
 * {@link org.coproduce.personaldata.PersonalData} for a person's copy and {@link org.coproduce.personaldata.Forgetting}
 * for their erasure. It depends on no other module, so that any module, even one that privacy itself needs, such as
 * notifications, can implement them without a cycle; privacy runs copies and erasure through them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personal data")
package org.coproduce.personaldata;
