package dev.steady.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.steady.failure.Failure;
import dev.steady.json.JsonOut;
import dev.steady.store.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves {@code personalBpm} into {@code config.json} and changes nothing else in it: the file is validated as
 * settings first, then only the value's text is replaced (or the field added after the opening brace), so the
 * person's own layout, order and habits stay as they wrote them. The write is atomic.
 */
public final class PersonalRate {
  public static final String FIELD = "personalBpm";

  private PersonalRate() {}

  public static void save(Path configFile, double bpm) {
    try {
      Path target = Files.isSymbolicLink(configFile) ? configFile.toRealPath() : configFile;
      String number = JsonOut.plain(bpm);
      String text;
      if (Files.notExists(target)) {
        text = "{\n  \"version\": " + SettingsFile.VERSION + ",\n  \"" + FIELD + "\": " + number + "\n}\n";
        Files.createDirectories(target.toAbsolutePath().getParent());
      } else {
        byte[] bytes = Files.readAllBytes(target);
        SettingsFile.parse(bytes, target.toString()); // a broken config is reported, never written over
        text = withRate(new String(bytes, StandardCharsets.UTF_8), number);
      }
      AtomicFile.replace(target, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw Failure.io(configFile + ": cannot save " + FIELD + " (" + e.getMessage() + ")", e);
    }
  }

  /** The document with the top-level {@code personalBpm} set to {@code number}, all else as it was. */
  static String withRate(String json, String number) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(json)) {
      int open = -1;
      int depth = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          if (depth++ == 0) {
            open = (int) p.currentTokenLocation().getCharOffset();
          }
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME && depth == 1 && FIELD.equals(p.currentName())) {
          p.nextToken();
          int start = (int) p.currentTokenLocation().getCharOffset();
          p.skipChildren();
          int end = (int) p.currentLocation().getCharOffset();
          return json.substring(0, start) + number + json.substring(end);
        }
      }
      boolean empty = json.substring(open + 1).strip().startsWith("}");
      String field = "\n  \"" + FIELD + "\": " + number + (empty ? "\n" : ",");
      return json.substring(0, open + 1) + field + json.substring(open + 1);
    }
  }
}
