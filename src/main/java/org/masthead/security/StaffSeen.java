package org.masthead.security;

/** A staff member used the desk or the API just now (fired asynchronously, for the staff directory). */
public record StaffSeen(StaffMember member) {
}
