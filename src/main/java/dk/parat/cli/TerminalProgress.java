package dk.parat.cli;

import dk.parat.portfolio.Progress;
import dk.parat.report.Printable;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * A progress bar on standard error, for a person watching a batch in a terminal. The bar is
 * me.tongfei's; it is drawn through {@link Io}'s error stream, and a problem printed while it
 * runs goes on its own line above it.
 */
final class TerminalProgress implements Progress {

  private static final int DEFAULT_WIDTH = 80;

  private final PrintWriter err;
  private final int width;
  private ProgressBar bar;
  /** The bar as last drawn, to draw again under a printed line. */
  private String drawn = "";

  TerminalProgress(PrintWriter err, String columns) {
    this.err = err;
    this.width = width(columns);
  }

  @Override
  public void start(int plans) {
    bar = new ProgressBarBuilder().setTaskName("parat batch").setInitialMax(plans).setUnit(" plans", 1).showSpeed()
        .setMaxRenderedLength(width).setConsumer(new Consumer()).build();
  }

  @Override
  public void step() {
    bar.step();
  }

  @Override
  public synchronized void println(String line) {
    err.print("\r\033[K");
    err.println(Printable.visible(line));
    err.print(drawn);
    err.flush();
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }

  private synchronized void draw(String rendered) {
    drawn = "\r" + rendered;
    err.print(drawn);
    err.flush();
  }

  private static int width(String columns) {
    try {
      return columns == null ? DEFAULT_WIDTH : Math.max(40, Integer.parseInt(columns.strip()));
    } catch (NumberFormatException e) {
      return DEFAULT_WIDTH;
    }
  }

  /** Where the bar's library sends each new rendering of the bar. */
  private final class Consumer implements ProgressBarConsumer {
    @Override
    public int getMaxRenderedLength() {
      return width;
    }

    @Override
    public void accept(String rendered) {
      draw(rendered);
    }

    @Override
    public void close() {
      err.println();
      err.flush();
    }
  }
}
