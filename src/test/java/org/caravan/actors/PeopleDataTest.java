package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks that the bundled people and office-term files are well formed, with plain Java only, so the
 * data can be checked independently of the loader that reads it.
 */
final class PeopleDataTest {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2,8}");
  private static final Pattern DATE = Pattern.compile("(\\d{4})(-(\\d{2}))?(-(\\d{2}))?");
  private static final Set<String> OFFICES = Set.of("head_of_state", "head_of_government",
      "foreign_minister", "defence_minister", "secretary_general", "president_of_commission",
      "president_of_council", "pope", "leader", "spokesperson");

  /** One data line with its 1-based line number, for messages that point at the file. */
  private record Row(int line, String[] cells) {}

  private static List<Row> read(String resource, String header) throws IOException {
    InputStream in = PeopleDataTest.class.getResourceAsStream(resource);
    assertThat(in).as(resource + " on the classpath").isNotNull();
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String text;
      int line = 0;
      boolean headerSeen = false;
      int columns = header.split("\t").length;
      while ((text = reader.readLine()) != null) {
        line++;
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        if (!headerSeen) {
          assertThat(text).as(resource + ":" + line + " header").isEqualTo(header);
          headerSeen = true;
          continue;
        }
        String[] cells = text.split("\t", -1);
        assertThat(cells).as(resource + ":" + line + " column count").hasSize(columns);
        for (String cell : cells) {
          assertThat(cell).as(resource + ":" + line + " cell without outer spaces").isEqualTo(cell.strip());
        }
        rows.add(new Row(line, cells));
      }
      assertThat(headerSeen).as(resource + " has a header").isTrue();
    }
    return rows;
  }

  private static List<Row> people() throws IOException {
    return read("/actors/people.tsv", "id\tname\tcountry\taliases");
  }

  private static List<Row> offices() throws IOException {
    return read("/actors/offices.tsv", "person\toffice\tcountry\tstart\tend");
  }

  /** Earliest day a partial date can mean. */
  private static LocalDate first(String where, String date) {
    var m = DATE.matcher(date);
    assertThat(m.matches()).as(where + " date '" + date + "' is YYYY, YYYY-MM or YYYY-MM-DD").isTrue();
    int year = Integer.parseInt(m.group(1));
    int month = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    int day = m.group(5) == null ? 1 : Integer.parseInt(m.group(5));
    return LocalDate.of(year, month, day);
  }

  /** Last day a partial date can mean; an empty end means still in office. */
  private static LocalDate last(String where, String date) {
    if (date.isEmpty()) {
      return LocalDate.MAX;
    }
    var m = DATE.matcher(date);
    assertThat(m.matches()).as(where + " date '" + date + "' is YYYY, YYYY-MM or YYYY-MM-DD").isTrue();
    LocalDate start = first(where, date);
    if (m.group(3) == null) {
      return start.withDayOfYear(start.lengthOfYear());
    }
    return m.group(5) == null ? start.withDayOfMonth(start.lengthOfMonth()) : start;
  }

  /**
   * Whether two terms overlap. A term runs from the first day its start can mean up to, not including,
   * the first day its end can mean: the hand-over day is shared, and a hand-over known only to the
   * month ("2025-02" ending one term and starting the next) is not an overlap.
   */
  private static boolean overlap(Row a, Row b) {
    LocalDate aEnd = a.cells()[4].isEmpty() ? LocalDate.MAX : first("end", a.cells()[4]);
    LocalDate bEnd = b.cells()[4].isEmpty() ? LocalDate.MAX : first("end", b.cells()[4]);
    return aEnd.isAfter(first("start", b.cells()[3])) && bEnd.isAfter(first("start", a.cells()[3]));
  }

  @Test
  void peopleHaveUniqueWellFormedIdsNamesAndCountries() throws IOException {
    Set<String> ids = new HashSet<>();
    for (Row row : people()) {
      String where = "people.tsv:" + row.line();
      assertThat(row.cells()[0]).as(where + " id").matches(ID);
      assertThat(ids.add(row.cells()[0])).as(where + " unique id " + row.cells()[0]).isTrue();
      assertThat(row.cells()[1]).as(where + " name").isNotBlank();
      assertThat(row.cells()[2]).as(where + " country").matches(COUNTRY);
    }
    assertThat(ids).hasSizeGreaterThan(300);
  }

  /** A bare surname ("Aliyev", "Bush") may name several people: the resolver takes the one in office. */
  @Test
  void noAliasButABareSurnameNamesTwoDifferentPeople() throws IOException {
    Map<String, String> owner = new HashMap<>();
    for (Row row : people()) {
      String where = "people.tsv:" + row.line();
      Set<String> names = new HashSet<>();
      names.add(row.cells()[1].toLowerCase(Locale.ROOT));
      if (!row.cells()[3].isEmpty()) {
        for (String alias : row.cells()[3].split("\\|", -1)) {
          assertThat(alias).as(where + " alias without blanks around it").isNotBlank().isEqualTo(alias.strip());
          names.add(alias.toLowerCase(Locale.ROOT));
        }
      }
      for (String name : names) {
        if (!name.contains(" ") && !name.equals(row.cells()[1].toLowerCase(Locale.ROOT))) {
          continue;
        }
        String previous = owner.putIfAbsent(name, row.cells()[0]);
        assertThat(previous == null || previous.equals(row.cells()[0]))
            .as(where + " alias '" + name + "' already names " + previous).isTrue();
      }
    }
  }

  @Test
  void officeTermsAreWellFormedAndNameKnownPeople() throws IOException {
    Set<String> ids = new HashSet<>();
    for (Row row : people()) {
      ids.add(row.cells()[0]);
    }
    List<Row> terms = offices();
    for (Row row : terms) {
      String where = "offices.tsv:" + row.line();
      String[] c = row.cells();
      assertThat(ids).as(where + " person " + c[0] + " is in people.tsv").contains(c[0]);
      assertThat(OFFICES).as(where + " office").contains(c[1]);
      assertThat(c[2]).as(where + " country").matches(COUNTRY);
      LocalDate start = first(where, c[3]);
      LocalDate end = last(where, c[4]);
      assertThat(start).as(where + " start not after end").isBeforeOrEqualTo(end);
    }
    assertThat(terms).hasSizeGreaterThan(500);
  }

  @Test
  void noTwoPeopleHoldTheSameOfficeOfTheSameCountryAtOnce() throws IOException {
    Map<String, List<Row>> byOffice = new HashMap<>();
    for (Row row : offices()) {
      if (row.cells()[1].equals("spokesperson")) {
        continue; // a government has several spokespeople at once (presidency, foreign ministry...)
      }
      byOffice.computeIfAbsent(row.cells()[1] + "@" + row.cells()[2], k -> new ArrayList<>()).add(row);
    }
    for (Map.Entry<String, List<Row>> entry : byOffice.entrySet()) {
      List<Row> terms = entry.getValue();
      for (int i = 0; i < terms.size(); i++) {
        for (int j = i + 1; j < terms.size(); j++) {
          Row a = terms.get(i);
          Row b = terms.get(j);
          if (a.cells()[0].equals(b.cells()[0])) {
            continue;
          }
          boolean overlap = overlap(a, b);
          assertThat(overlap).as("offices.tsv lines " + a.line() + " and " + b.line() + " overlap for "
              + entry.getKey()).isFalse();
        }
      }
    }
  }

  @Test
  void theSamePersonDoesNotHoldOneOfficeTwiceAtOnce() throws IOException {
    Map<String, List<Row>> byHolder = new HashMap<>();
    for (Row row : offices()) {
      byHolder.computeIfAbsent(String.join("@", row.cells()[0], row.cells()[1], row.cells()[2]),
          k -> new ArrayList<>()).add(row);
    }
    for (List<Row> terms : byHolder.values()) {
      for (int i = 0; i < terms.size(); i++) {
        for (int j = i + 1; j < terms.size(); j++) {
          Row a = terms.get(i);
          Row b = terms.get(j);
          assertThat(overlap(a, b)).as("offices.tsv lines " + a.line() + " and " + b.line() + " repeat a term")
              .isFalse();
        }
      }
    }
  }
}
