/**
 * Privacy: the audit log of who looked at special category data and who changed people, consents, roles and money.
 * Other modules record into it through {@link org.coproduce.privacy.AuditLog}; it depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package org.coproduce.privacy;
