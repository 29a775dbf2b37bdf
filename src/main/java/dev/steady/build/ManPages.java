package dev.steady.build;

import dev.steady.cli.Main;
import java.io.File;
import java.io.IOException;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build time only (run at {@code package}; picocli-codegen is not in the jar): writes the AsciiDoc source of
 * steady's man pages, one a command, from the full picocli model. The model must be the full one, since the
 * subcommands are added by {@link Main} rather than named in annotations; Asciidoctor then turns the pages into
 * man(7) format.
 */
public final class ManPages {
  private ManPages() {}

  /** @param args the folder to write the {@code .adoc} files to */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ManPages OUTPUT_FOLDER");
    }
    write(new File(args[0]));
  }

  static void write(File folder) throws IOException {
    if (!folder.isDirectory() && !folder.mkdirs()) {
      throw new IOException("cannot make " + folder);
    }
    int status = ManPageGenerator.generateManPage(folder, null, new boolean[0], true, Main.describeAll());
    if (status != 0) {
      throw new IOException("picocli's ManPageGenerator failed with status " + status);
    }
  }
}
