package dev.bouncer.runtime;

/** A class with the generated name that is not {@code GeneratedGuards}. */
public final class GuardBinderTest_Mistyped_BouncerGuards {}
