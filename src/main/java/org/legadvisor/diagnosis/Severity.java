package org.legadvisor.diagnosis;

/** How much a finding weighs on the LEG's effectiveness; the rule metadata value is the lower-case name. */
public enum Severity {

	high, medium, low

}
