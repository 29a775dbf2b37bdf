package dev.steady.breath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.steady.failure.Failure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The plan library")
class PlanLibraryTest {
  private static final String MINE =
      "{\"title\": \"My resonance\", \"duration\": \"2m\", \"segments\": [{\"bpm\": 5.5}]}";

  @TempDir Path plansDir;

  private PlanLibrary library() {
    return new PlanLibrary(plansDir);
  }

  private Path write(String name, String json) throws IOException {
    return Files.writeString(plansDir.resolve(name), json);
  }

  @Test
  void aUserPlanShadowsTheBundledOneOfTheSameName() throws IOException {
    write("resonance.json", MINE);

    Plan found = library().find("resonance");

    assertThat(found.title()).isEqualTo("My resonance");
    assertThat(found.origin()).isEqualTo(plansDir.resolve("resonance.json").toString());
    PlanLibrary.Entry listed = library().all().stream().filter(e -> e.name().equals("resonance")).findFirst().orElseThrow();
    assertThat(listed.bundled()).isFalse();
    assertThat(listed.plan().title()).isEqualTo("My resonance");
    assertThat(library().all()).extracting(PlanLibrary.Entry::name).containsOnlyOnce("resonance");
  }

  @Test
  void userPlansAreListedWithTheBundledOnesByName() throws IOException {
    write("evening.json", MINE);
    write("notes.txt", "not a plan");

    assertThat(library().all())
        .extracting(PlanLibrary.Entry::name)
        .containsExactly("4-7-8", "box", "coherent", "evening", "glide", "hum", "quick", "resonance", "steps");
  }

  @Test
  void aBrokenUserPlanIsListedAsBrokenAndFailsOnlyWhenUsed() throws IOException {
    write("broken.json", "{\"title\": \"x\"");
    write("evening.json", MINE);

    List<PlanLibrary.Entry> all = library().all();

    PlanLibrary.Entry broken = all.stream().filter(e -> e.name().equals("broken")).findFirst().orElseThrow();
    assertThat(broken.plan()).isNull();
    assertThat(broken.problem().exitCode()).isEqualTo(65);
    assertThat(broken.problem().getMessage()).startsWith(plansDir.resolve("broken.json") + ":1:");
    assertThat(all).filteredOn(e -> e.problem() == null).hasSize(9);
    assertThat(library().find("evening").title()).isEqualTo("My resonance");
    Failure used = catchThrowableOfType(Failure.class, () -> library().find("broken"));
    assertThat(used.exitCode()).isEqualTo(65);
  }

  @Test
  void anUnknownNameIsAUsageErrorListingWhatThereIs() throws IOException {
    write("evening.json", MINE);

    Failure failure = catchThrowableOfType(Failure.class, () -> library().find("resonanse"));

    assertThat(failure.exitCode()).isEqualTo(2);
    assertThat(failure.getMessage())
        .isEqualTo(
            "unknown plan \"resonanse\" (available: 4-7-8, box, coherent, evening, glide, hum, quick, resonance,"
                + " steps)");
  }

  @Test
  void aPlanCanBeGivenAsAPath() throws IOException {
    Path file = write("elsewhere.json", MINE);

    Plan plan = new PlanLibrary(null).find(file.toString());

    assertThat(plan.name()).isEqualTo("elsewhere");
    assertThat(plan.title()).isEqualTo("My resonance");
  }

  @Test
  void aPathToNoFileIsAUsageError() {
    Failure failure = catchThrowableOfType(Failure.class, () -> library().find(plansDir.resolve("none.json").toString()));

    assertThat(failure.exitCode()).isEqualTo(2);
    assertThat(failure.getMessage()).isEqualTo("no plan file " + plansDir.resolve("none.json"));
  }

  @Test
  @DisplayName("a plan that is a symbolic link to nothing is an I/O error naming the link, by name, by path and listed")
  void aDanglingLinkIsAnInputOutputError() throws IOException {
    Path link = Files.createSymbolicLink(plansDir.resolve("box.json"), Path.of("gone.json"));
    String says = link + ": cannot read the plan (it is a symbolic link to gone.json, which does not exist)";

    for (String asked : List.of("box", link.toString())) {
      Failure failure = catchThrowableOfType(Failure.class, () -> library().find(asked));
      assertThat(failure.exitCode()).as(asked).isEqualTo(74);
      assertThat(failure.getMessage()).as(asked).isEqualTo(says);
    }
    assertThat(library().all()).filteredOn(e -> !e.bundled()).singleElement()
        .satisfies(e -> assertThat(e.problem()).hasMessage(says));
  }

  @Test
  void aNameThatCannotBeAPathIsAUsageErrorToo() {
    Failure failure = catchThrowableOfType(Failure.class, () -> library().find("bad\0name.json"));

    assertThat(failure.exitCode()).isEqualTo(2);
  }

  @Test
  void aMissingPlansFolderMeansOnlyTheBundledPlans() {
    PlanLibrary library = new PlanLibrary(plansDir.resolve("absent"));

    assertThat(library.all()).hasSize(8).allSatisfy(e -> assertThat(e.bundled()).isTrue());
    assertThat(library.find("box").title()).isEqualTo("Box breathing");
  }
}
