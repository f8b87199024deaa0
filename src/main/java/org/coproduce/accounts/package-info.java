/**
 * Signing in (password or emailed link), the organisations a person works in, their roles there,
 * invitations, and who is signed in now ({@link org.coproduce.accounts.CurrentUser}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.coproduce.accounts;
