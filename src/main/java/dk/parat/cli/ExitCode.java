package dk.parat.cli;

/** parat's exit codes, the same for every command. */
public final class ExitCode {
  /** Scored; every gate passed. */
  public static final int OK = 0;
  /** Scored, and a gate failed. */
  public static final int GATE_FAILED = 1;
  /** Bad option, bad plan or bad checklist: the user can fix it. */
  public static final int USAGE = 2;
  /** A bug in parat. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
