package io.entente.extract.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.extract.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One behaviour per test; offsets and codes worked out by hand from the snippet text. */
class CountryMatcherTest {

  private static final CountryMatcher M = CountryMatcher.defaultMatcher();

  /** code@start-end/rule/role for each mention, in order. */
  private static List<String> found(String text) {
    return foundIn(null, text);
  }

  /** As {@link #found}, for a text written in {@code year} (null when unknown). */
  private static List<String> foundIn(Integer year, String text) {
    List<String> out = new ArrayList<>();
    for (Mention m : M.find(text, year)) {
      out.add(m.code() + "@" + m.start() + "-" + m.end() + "/" + m.rule() + "/" + m.role());
    }
    return out;
  }

  @Test
  void longestMatchPrefersPapuaNewGuineaOverGuinea() {
    assertEquals(List.of("PNG@0-16/name/actor"), found("Papua New Guinea voted"));
  }

  @Test
  void longestMatchPrefersSouthSudanOverSudan() {
    assertEquals(List.of("SSD@4-15/name/actor"), found("Oil South Sudan exports"));
  }

  @Test
  void abbreviationUsIsTheUnitedStatesButThePronounUsIsNot() {
    assertEquals(List.of("USA@4-6/abbreviation/actor"), found("The US told us"));
  }

  @Test
  void dottedAbbreviationMatches() {
    assertEquals(List.of("USA@4-8/abbreviation/actor"), found("The U.S. envoy"));
  }

  @Test
  void allCapsHeadlineStillFindsCountries() {
    assertEquals(
        List.of("TUR@0-6/alias/actor", "SYR@15-20/name/actor"), found("TURKEY STRIKES SYRIA"));
  }

  @Test
  void allCapsUsAfterAVerbIsThePronoun() {
    assertEquals(List.of(), found("LET US ACT NOW"));
  }

  @Test
  void lowerCaseTurkeyIsTheBird() {
    assertEquals(List.of(), found("we roasted a turkey"));
  }

  @Test
  void aSpellingWithAnInnerCapitalPassesOnThatCapitalAlone() {
    // "eSwatini" folds like the name "Eswatini"; its own listed spelling lets the inner capital
    // count, while the all-lower-case word in a text that uses capitals is still taken for a
    // noun (a text written all in lower case reads it as the country: see below)
    assertEquals(List.of("SWZ@0-8/name/actor"), found("eSwatini's king spoke"));
    assertEquals(List.of("SWZ@4-12/name/actor"), found("the Eswatini delegation"));
    assertEquals(List.of(), found("The eswatini delegation"));
    assertEquals(List.of("SWZ@4-12/name/actor"), found("the eswatini delegation"));
  }

  @Test
  void aMiddleInitialAfterAGivenNameStillMarksAPerson() {
    assertEquals(List.of(), found("Michael B. Jordan starred"));
    // a one-letter word that ends a sentence is no initial of a known given name
    assertEquals(List.of("JOR@18-24/name/actor"), found("He backed Plan B. Jordan rejected it"));
  }

  @Test
  void anEverydayWordAtASentenceStartNeedsItsCountryNamedElsewhere() {
    // "Nice" and "Male" are listed as everyday words: where the capital letter says nothing
    // they stand only beside another mention of their country
    assertEquals(List.of("CHE@32-38/city/place"), found("Nice work by the negotiators in Geneva."));
    assertEquals(List.of(), found("Male voters turned out."));
    assertEquals(List.of(), found("\"Nice to meet you,\" she said."));
    assertEquals(List.of(), found("NICE WORK BY THE NEGOTIATORS"));
    assertEquals(
        List.of("MDV@0-4/capital/place", "MDV@23-35/alias/actor"),
        found("Male is the capital of the Maldives."));
    assertEquals(
        List.of("FRA@0-4/city/place", "FRA@26-32/name/actor"),
        found("Nice mourned on Friday as France grieved."));
  }

  @Test
  void anEverydayWordInsideASentenceOrAfterAPrepositionIsThePlace() {
    assertEquals(List.of("FRA@21-25/city/place"), found("The summit opened in Nice on Monday."));
    assertEquals(List.of("FRA@9-13/city/place"), found("Talks In Nice End Without Deal"));
    // a listed word after a comma is no sentence start
    assertEquals(List.of("MCO@6-12/name/actor", "FRA@14-18/city/place"),
        found("After Monaco, Nice hosted it."));
  }

  @Test
  void articleBeforeAGazetteerCapitalDoesNotBlock() {
    assertEquals(List.of("NLD@4-19/alias/actor"), found("and the Netherlands said"));
  }

  @Test
  void blockerPhraseWinsAndYieldsNothing() {
    assertEquals(List.of(), found("in the Indian Ocean"));
  }

  @Test
  void thingsNamedAfterACountryAreBlockedAndTheCountryNamedBesideThemStands() {
    // "Lisbon" at 0-6; "Panama hats", "Canada geese" and "Norway rats" are common nouns
    assertEquals(
        List.of("PRT@0-6/capital/place"),
        found("Lisbon shops sold Panama hats; Canada geese and Norway rats were seen."));
    assertEquals(List.of(), found("Middle East respiratory syndrome and Japanese encephalitis"));
    // the phrases are whole words: "Panama hatched" is no hat
    assertEquals(List.of("PAN@4-10/name/actor"), found("Why Panama hatched a plan"));
    // a phrase listed in the singular blocks its plural too ("Swiss roll", "Persian cat")
    assertEquals(
        List.of(), found("Swiss rolls, Persian cats and German shorthaired pointers won prizes."));
  }

  @Test
  void aTextWrittenAllInLowerCaseIsReadWithoutItsCapitals() {
    // every sentence starts in lower case: a capital or a state stands without its capital
    // letter, while a form that is also a word (polish, turkey) stays a word
    assertEquals(
        List.of("PRT@15-21/capital/place", "USA@60-70/subdivision/place"),
        found("just landed in lisbon!! the polish on the turkey was great. new jersey next"));
    // one sentence starting with a capital is enough to read case as usual
    assertEquals(List.of(), found("Just landed in lisbon, then to new jersey."));
    // a city of places.tsv reads so when its name is no English word (its column "lower"):
    // "dubai" 9-14 is Dubai, while "split" (Croatia) and "nice" (France) stay words
    assertEquals(
        List.of("ARE@9-14/city/place"), found("moved to dubai, then split the bill in nice."));
    // an abbreviation that is no word (lowerabbr in context.tsv) reads in lower case too: "uk"
    // 18-20, "uae" 28-31 (and the city "leeds" 12-17), but not as a web domain (".uk")
    assertEquals(
        List.of(
            "GBR@12-17/city/place", "GBR@18-20/abbreviation/actor", "ARE@28-31/abbreviation/actor"),
        found("moving from leeds uk to the uae, any tips? cant open .uk sites"));
    assertEquals(List.of(), found("The uk team and the uae side drew."));
    // a given name before still makes a person: "delano" (a US city) is Roosevelt's middle name;
    // "tijuana" 41-48 stands
    assertEquals(
        List.of("MEX@41-48/city/place"),
        found("a speech by franklin delano roosevelt in tijuana"));
    // so does a title of the lowertitle list ("president lusaka"), not an everyday word of the
    // title list ("forward"): "indonesia" 16-25 and "tijuana" 52-59 stand
    assertEquals(
        List.of("IDN@16-25/name/actor", "MEX@52-59/city/place"),
        found("putting forward indonesia, said president lusaka in tijuana"));
  }

  @Test
  void landmarksAndRegionalDemonymsNameTheirCountry() {
    // landmarks.tsv: "Cappadocia" 19-29; regional.tsv: "Texans" 33-39 (the plural) and
    // "Tuscan" 51-57 are demonyms of the United States and Italy
    assertEquals(
        List.of("TUR@19-29/landmark/place", "USA@33-39/demonym/actor", "ITA@51-57/demonym/actor"),
        found("Balloons rose over Cappadocia as Texans toured the Tuscan hills."));
    // a figure of speech names no place, at a sentence's start or before a modal verb too; a
    // landmark used as a noun's modifier does ("Serengeti" 31-40)
    assertEquals(List.of(), found("Another Chernobyl must never happen."));
    assertEquals(
        List.of("TZA@31-40/landmark/place"),
        found("They fear another Chernobyl; a Serengeti safari is booked."));
    // a replica, a cake, and an agreement named after a landmark: only Dhaka 37-42 stands
    assertEquals(
        List.of("BGD@37-42/capital/place"),
        found("A replica of the Taj Mahal stands in Dhaka, beside a Black Forest gateau stall."));
    assertEquals(List.of(), found("the Camp David Accords"));
  }

  @Test
  void aGeneratedCityInCapitalsInParenthesesIsACredit() {
    // "NAMPA" is a US city of places.tsv, and here the Namibia Press Agency: only Windhoek
    // 13-21 stands
    assertEquals(
        List.of("NAM@13-21/capital/place"), found("The talks in Windhoek (NAMPA) ended."));
  }

  @Test
  void shortFormsOfSmallStatesNameThem() {
    // countries.tsv 2026.12.18: "St Kitts & Nevis" 0-16, "C.A.R." 25-31 (case-sensitive, as
    // "CAR" is), "Tobago" 46-52
    assertEquals(
        List.of("KNA@0-16/alias/actor", "CAF@25-31/abbreviation/actor", "TTO@46-52/alias/actor"),
        found("St Kitts & Nevis and the C.A.R. voted; so did Tobago."));
  }

  @Test
  void localNamesAndNationalTeamsNameTheirCountry() {
    assertEquals(
        List.of("RUS@13-19/capital/place", "POL@23-31/capital/place"),
        found("Flights from Moskva to Warszawa were suspended."));
    assertEquals(
        List.of("NZL@4-14/alias/actor", "ZAF@24-34/alias/actor"),
        found("The All Blacks beat the Springboks at Eden Park."));
    // a bank named with its country's local name names it, as "Bank of China" does
    // (docs/labelling.md since 2026-12-04; blockers.tsv listed it until 2026.12.47)
    assertEquals(List.of("CHE@7-13/alias/actor"), found("Credit Suisse shares fell."));
  }

  @Test
  void theSublimePorteAndAPersonNamedIrelandAreReadAsSuch() {
    assertEquals(
        List.of("TUR@8-17/historic/actor"), found("In 1853 the Porte rejected the ultimatum."));
    assertEquals(List.of(), found("Ireland Baldwin posted photographs."));
  }

  @Test
  void nationalNicknamesNameTheirCountry() {
    assertEquals(
        List.of("GBR@0-7/alias/actor", "USA@33-42/metonym/actor"),
        found("Blighty braces for a heatwave as Uncle Sam's debt grows."));
  }

  @Test
  void communitiesNamedAfterANeighbourNameTheCountryTheyLiveIn() {
    // "Bosnian Serbs" 4-17 and "Kosovo Albanians" 22-38 are people of Bosnia and of Kosovo
    assertEquals(
        List.of("BIH@4-17/demonym/actor", "XKX@22-38/demonym/actor"),
        found("The Bosnian Serbs and Kosovo Albanians voted"));
    // Serbia named by its name still stands
    assertEquals(
        List.of("SRB@0-6/name/actor", "BIH@15-27/demonym/actor"),
        found("Serbia and the Bosnian Serb leaders"));
  }

  @Test
  void aCountrysNameBeforeAUsStateIsTheStatesTownUnlessTheStateGoesOnAList() {
    // "New York" at 6-14, "Indiana" at 56-63; Cuba and Peru are towns there
    assertEquals(
        List.of("USA@6-14/subdivision/place", "USA@56-63/subdivision/place"),
        found("Cuba, New York held a parade. The circus lives in Peru, Indiana."));
    // "Texas and California" goes on with a list: Mexico is the country
    assertEquals(
        List.of(
            "MEX@14-20/name/actor", "USA@22-27/subdivision/place",
            "USA@32-42/subdivision/place"),
        found("Trade between Mexico, Texas and California grew."));
    // before another country's region the name stays the country's: only US towns are named so
    assertEquals(
        List.of("CUB@0-4/name/actor", "CAN@6-13/subdivision/place"),
        found("Cuba, Ontario signed."));
  }

  @Test
  void aPlaceAfterADemonymAndAPlaceWordIsTheNamesakeInTheDemonymsCountry() {
    // "Lebanese" 4-12 and "Tripoli" 21-28: Lebanon has a Tripoli (homonyms.tsv), so the city is
    // Lebanon's, not Libya's capital
    assertEquals(
        List.of("LBN@4-12/demonym/actor", "LBN@21-28/city/place"),
        found("The Lebanese city of Tripoli saw clashes."));
    // two lower-case words may stand between: "Scottish" 4-12, "Perth" 33-38
    assertEquals(
        List.of("GBR@4-12/demonym/actor", "GBR@33-38/city/place"),
        found("The Scottish former mill town of Perth"));
    // a country's name too: Belgium's region of Luxembourg, "Belgian" 4-11, "Luxembourg" 22-32
    // ("the province of Luxembourg" is Belgium's as a whole phrase, blockers.tsv 2026.12.44)
    assertEquals(
        List.of("BEL@4-11/demonym/actor", "BEL@22-32/city/place"),
        found("The Belgian region of Luxembourg flooded."));
    // Russia has no Crimea of its own: the claim moves nothing ("Russian" 4-11, "Crimea" 22-28)
    assertEquals(
        List.of("RUS@4-11/demonym/actor", "UKR@22-28/subdivision/place"),
        found("the Russian region of Crimea"));
    // China holds a "Taiwan" in ISO 3166-2, but a contested name is not moved
    assertEquals(
        List.of("CHN@4-11/demonym/actor", "TWN@24-30/name/actor"),
        found("the Chinese province of Taiwan"));
    // no place word, no namesake: "Lebanese" 0-8, "Tripoli" 24-31 stays Libya's
    assertEquals(
        List.of("LBN@0-8/demonym/actor", "LBY@24-31/capital/place"),
        found("Lebanese envoys flew to Tripoli."));
  }

  @Test
  void aQuotedSpanListedAfterAWorksTitleIsATitleToo() {
    // "sang" makes "Kansas City" a song's title, and "and" lists "Georgia on My Mind" after it
    assertEquals(
        List.of(), found("He sang \"Kansas City\" and \"Georgia on My Mind\" at the festival."));
    // quoted names listed with no work's word before them stay the countries (11-18, 25-31)
    assertEquals(
        List.of("GEO@11-18/name/actor", "JOR@25-31/name/actor"),
        found("Voters in \"Georgia\" and \"Jordan\" said no."));
  }

  @Test
  void theUnitedStatesOfAnotherUnionIsNoUsa() {
    // the union of 1949-50 is Indonesia (77-86), not the United States
    assertEquals(
        List.of("IDN@77-86/name/actor"),
        found("Queen Juliana signed over the Indies to the Republic of the United States of"
            + " Indonesia."));
    // "of" and a person after the country's name: a visit to the United States (28-41)
    assertEquals(
        List.of("USA@28-41/name/actor"),
        found("He praised the visit to the United States of Mr. Khrushchev."));
  }

  @Test
  void aPeoplesWordAfterAVesselsWordIsAShipWithTheRestOfItsName() {
    assertEquals(List.of(), found("Executives met aboard the cruise ship Norwegian Spirit."));
    // a lower-case word after it: the people (11-18) seized the tanker
    assertEquals(
        List.of("IRN@11-18/demonym/actor"), found("The tanker Iranian forces seized was freed."));
  }

  @Test
  void aDatelinesYearDatesATextOfUnknownDate() {
    assertEquals(1968, CountryMatcher.datelineYear("PRAGUE, Aug. 21, 1968 (Reuters) - Tanks."));
    assertEquals(1980, CountryMatcher.datelineYear("WASHINGTON, Feb. 1980 (UPI) - Talks."));
    assertEquals(2022, CountryMatcher.datelineYear("KYIV, Ukraine, March 3, 2022 - Sirens."));
    // the day before the month, as British and agency copy write it
    assertEquals(1991, CountryMatcher.datelineYear("PRAGUE, 1 July 1991 - The pact ended."));
    assertEquals(1968, CountryMatcher.datelineYear("PRAGUE, 21 Aug. 1968 (Reuters) - Tanks."));
    assertEquals(null, CountryMatcher.datelineYear("KUWAIT, June 29 - Advisers fought."));
    assertEquals(null, CountryMatcher.datelineYear("In 1968 Prague rose up."));
    // so a text of 1968 speaks of Czechoslovakia and the Soviet Union by their seats, as one
    // the job dates 1968 does
    String prague =
        "PRAGUE, Aug. 21, 1968 (Reuters) - Troops occupied Prague as the Kremlin looked on.";
    List<String> seats =
        List.of("CSK@0-6/capital/place", "CSK@50-56/capital/place", "SUN@64-71/metonym/actor");
    assertEquals(seats, found(prague));
    assertEquals(seats, foundIn(1968, prague));
    // a date the caller gives comes first: in 2026 the seats are today's states'
    assertEquals(
        List.of("CZE@0-6/capital/place", "CZE@50-56/capital/place", "RUS@64-71/metonym/actor"),
        foundIn(2026, prague));
  }

  @Test
  void aStatesOfficialOfAnAmbiguousNameSitsForTheState() {
    assertEquals(
        List.of("USA@30-37/subdivision/place"),
        found("Senator Richard B. Russell of Georgia said the launch showed a rocket."));
    // a president is a country's
    assertEquals(
        List.of("GEO@33-40/name/actor"),
        found("President Eduard Shevardnadze of Georgia arrived."));
  }

  @Test
  void aNameTheTextGivesInFullOnceAndBySurnameElsewhereIsAPerson() {
    // "Mr. Jordan" makes the Jordan after a capitalised word a surname; Paris 35-40 stays
    assertEquals(
        List.of("FRA@35-40/capital/place"),
        found("Hamilton Jordan, the aide, flew to Paris. Mr. Jordan reported to Carter."));
    // "Mr Pemberton" makes the Houston before Pemberton a given name; Tobruk 58-64 stays
    assertEquals(
        List.of("LBY@58-64/city/place"),
        found("Houston Pemberton bowls on Thursdays. Mr Pemberton was at Tobruk."));
    // a surname alone before ", who" or a verb of saying, or after one; Canada 63-69 stays
    assertEquals(
        List.of("CAN@63-69/name/actor"),
        found("Dallas Kowalchuk scored in overtime. Kowalchuk, who played for Canada, set up"
            + " two."));
    assertEquals(List.of(), found("Dallas Kowalchuk scored twice. \"We won,\" said Kowalchuk."));
    // without such a word the city stays: the second word is no surname the text uses alone
    // ("Powers" and "Arabs" elsewhere, in lower case or not beside a verb of saying; Bogor
    // 26-31 is Indonesia's)
    assertEquals(
        List.of(
            "LKA@4-11/capital/place", "IDN@26-31/city/place", "LKA@55-62/capital/place"),
        found("The Colombo Powers met in Bogor. The big powers met in Colombo."));
    assertEquals(List.of("PSE@0-9/name/actor"), found("Palestine Arabs fled. Arabs are many."));
    // nor where the honorific names another person: Jordan 15-21 and Amman 41-46 stay
    assertEquals(
        List.of("JOR@15-21/name/actor", "JOR@41-46/capital/place"),
        found("Queen Rania of Jordan met Mr. Holland in Amman."));
  }

  @Test
  void aFirmNamedAfterAPlaceIsTheFirmAgainAsTheSubjectOfAClause() {
    assertEquals(
        List.of(), found("Alaska Airlines agreed to buy a rival. Alaska said the deal would close."));
    // unless the text names the country otherwise: Texas 28-33 stays beside Austin 70-76
    assertEquals(
        List.of("USA@28-33/subdivision/place", "USA@70-76/city/place"),
        found("Texas Instruments cut jobs. Texas has lost jobs, the governor said in Austin."));
  }

  @Test
  void aCitysSideByItsPlayersInThePossessiveInASportsSentence() {
    assertEquals(List.of(), found("Barcelona's players celebrated the 3-1 win."));
    // not outside a sport's sentence, nor before a word no side has: Barcelona 0-9
    assertEquals(
        List.of("ESP@0-9/city/place"), found("Barcelona's players will wear new shirts."));
    assertEquals(List.of("ESP@0-9/city/place"), found("Barcelona's mayor opened the stadium."));
    // blockers 2026.12.70: the league's clubs named after their cities
    assertEquals(List.of(), found("Chennai Super Kings lost by five wickets."));
  }

  @Test
  void anInsectABandAndTwoGivenNamesFromTheSeventyThirdRound() {
    // blockers 2026.12.70: an insect; Berlin 32-38 stays
    assertEquals(
        List.of("DEU@32-38/capital/place"), found("The German cockroach thrives in Berlin."));
    // context 2026.12.73: a quartet in an apposition names a band; London 39-45 stays
    assertEquals(
        List.of("GBR@39-45/capital/place"),
        found("Japan, the art-rock quartet, played in London."));
    // and Holly a given name: Ohio 34-38 stays
    assertEquals(
        List.of("USA@34-38/subdivision/place"), found("Holly Denmark won the marathon in Ohio."));
  }

  @Test
  void aCarOrAShipIsTheThingAgainAfterThe() {
    assertEquals(
        List.of(),
        found("The Hyundai Tucson edged out the Seat Ibiza. The Ibiza remains fun to drive."));
    // Miami 36-41 stays
    assertEquals(
        List.of("USA@36-41/city/place"),
        found("The cruise liner Norway sailed from Miami. The Norway is the longest ship."));
    // the island after "in" (28-33) and Spain (45-50) stay
    assertEquals(
        List.of("ESP@28-33/subdivision/place", "ESP@45-50/name/actor"),
        found("The Seat Ibiza sold well in Ibiza and across Spain."));
    // a ship's name alone may open a clause as the country: Iran 36-40 stays
    assertEquals(
        List.of("IRN@36-40/name/actor"),
        found("The tanker Iran Deyanat was seized. Iran said it would retaliate."));
  }

  @Test
  void aChurchAChairmanAndAnOrganizerFromTheSeventyThirdRound() {
    // blockers 2026.12.68: the Dutch Reformed church is South Africa's too; Pretoria 48-56
    assertEquals(
        List.of("ZAF@48-56/capital/place"),
        found("Voters queued past the Dutch Reformed church in Pretoria."));
    // context 2026.12.70: a chairman is a word of work before a name; Toronto 50-57
    assertEquals(
        List.of("CAN@50-57/city/place"),
        found("Festival chairman Bern Hoffman opened the fair in Toronto."));
    // and Dana a given name
    assertEquals(List.of(), found("Organizer Dana Holland read the names."));
    // blockers 2026.12.69: the Oba of Benin (4-16) rules in Benin City, Nigeria; the republic
    // (21-26) stays
    assertEquals(
        List.of("NGA@4-16/city/place", "BEN@21-26/name/actor"),
        found("The Oba of Benin met Benin's envoy."));
  }

  @Test
  void aTownsAppositionByItsRegionAndATownsWordPlacesIt() {
    // Idaho 25-30 is the USA's, and Moscow the town there, no Russia
    assertEquals(
        List.of("USA@25-30/subdivision/place"),
        found("Residents of Moscow, the Idaho college town, voted."));
    assertEquals(
        List.of("GBR@25-33/subdivision/place"),
        found("Residents of Moscow, the Ayrshire hamlet, won their fight."));
    // a region's word is a list's next item, not a town's apposition: Chad 16-20 stays, beside
    // Darfur 26-32 and "the Sudan" 43-52
    assertEquals(
        List.of("TCD@16-20/name/actor", "SDN@26-32/subdivision/place", "SDN@43-52/alias/actor"),
        found("War persists in Chad, the Darfur region of the Sudan and elsewhere."));
    // the capital's apposition by its people: Moscow 9-15 and Russian 21-28
    assertEquals(
        List.of("RUS@9-15/capital/place", "RUS@21-28/demonym/actor"),
        found("Talks in Moscow, the Russian capital, ended."));
  }

  @Test
  void aStockExchangeNamedAfterACityIsAFirm() {
    // context 2026.12.71: "Exchange" ends a firm's longer name, after "Stock" too, an
    // institution's word; Manila 46-52 stays
    assertEquals(
        List.of("PHL@46-52/capital/place"),
        found("Shares rose on the New York Stock Exchange in Manila."));
    // a country's own exchange is the country's
    assertEquals(List.of("JOR@4-10/name/actor"), found("The Jordan Stock Exchange fell."));
  }

  @Test
  void aCountrysPossessiveBeforeAPlaceWordAndOfPlacesItsNamesake() {
    // Greece 18-24, and Macedonia 46-55 its region, not North Macedonia
    assertEquals(
        List.of("GRC@18-24/name/actor", "GRC@46-55/city/place"),
        found("Sailors waited in Greece's northern region of Macedonia."));
  }

  @Test
  void namesListedAfterANamersPluralAreNames() {
    // context 2026.12.72: bands, films, albums and a few more plurals are namer words
    assertEquals(List.of(), found("Veteran rock bands Chicago and Kansas will tour."));
    // Rome 56-60 stays
    assertEquals(
        List.of("ITA@56-60/capital/place"),
        found("The films Casablanca and Chinatown open the festival in Rome."));
    // a plural before "of" is a group's members: Israel 31-37 stays
    assertEquals(List.of("ISR@31-37/name/actor"), found("They fought the armed bands of Israel."));
  }

  @Test
  void englishBeforeAPlaceWordIsEnglandsThoughNoDemonym() {
    // "English" is a language, no mention; the county of Norfolk 31-38 is the United Kingdom's
    // (homonyms.tsv: norfolk GBR USA), not the city in Virginia
    assertEquals(List.of("GBR@31-38/city/place"), found("Farms in the English county of Norfolk"));
    // two lower-case words may stand between: Boston 37-43, Lincolnshire's, not Boston, Mass.
    assertEquals(
        List.of("GBR@37-43/city/place"), found("Floods in the English market town of Boston"));
    // without the place word, "English" says nothing, and Norfolk stays the US city (24-31)
    assertEquals(List.of("USA@24-31/city/place"), found("An English teacher from Norfolk"));
  }

  @Test
  void aPlaceInASentenceSetInTheCountryOfItsNamesakeIsThatNamesake() {
    // "Tripoli" 0-7 and "in northern Lebanon" (Lebanon 51-58), no other country in the text:
    // Lebanon's Tripoli (homonyms.tsv), not Libya's capital
    assertEquals(
        List.of("LBN@0-7/city/place", "LBN@51-58/name/actor"),
        found("Tripoli port blast injures dockworkers in northern Lebanon"));
    // the country as a point of departure is a second place: Libya's capital stands
    assertEquals(
        List.of("LBN@13-20/name/actor", "LBY@24-31/capital/place"),
        found("Flights from Lebanon to Tripoli resumed."));
    // a capital moves only where a compass word places the event inside the other country:
    // India holds a Dhaka too, but "lives in India" keeps Bangladesh's capital (14-19)
    assertEquals(
        List.of("BGD@14-19/capital/place", "IND@40-45/name/actor"),
        found("A tribunal in Dhaka ruled; she lives in India."));
    // another country in the text: the story may be about both, nothing moves
    assertEquals(
        List.of("LBY@9-16/capital/place", "LBN@24-31/name/actor", "EGY@36-41/name/actor"),
        found("Talks in Tripoli and in Lebanon and Egypt stalled."));
  }

  @Test
  void aPlaceBeforeACommaAndACountryThatHoldsItsNamesakeIsInThatCountry() {
    // "Tripoli" 11-18 is Lebanon's: only "Lebanon" 20-27 stands
    assertEquals(
        List.of("LBN@20-27/name/actor"), found("Clashes in Tripoli, Lebanon, left three dead."));
    // Libya has no Kabul: the pair is a list and both stand ("Kabul" 10-15, "Pakistan" 17-25)
    assertEquals(
        List.of("AFG@10-15/capital/place", "PAK@17-25/name/actor"),
        found("Envoys in Kabul, Pakistan."));
    // an indefinite article after the comma is an apposition, not a list's next item:
    // "Virginia" 29-37 stands, Alexandria is its town
    assertEquals(
        List.of("USA@29-37/subdivision/place"),
        found("headquartered in Alexandria, Virginia, a short drive away"));
  }

  @Test
  void aPossessiveAfterAPlaceAndACountryThatHoldsItsNamesakeIsAnApposition() {
    // "Tripoli, Lebanon's second-largest city": the city is Lebanon's, "Lebanon" 9-16 stands
    assertEquals(
        List.of("LBN@9-16/name/actor"),
        found("Tripoli, Lebanon's second-largest city, was hit."));
    // Libya has no Kabul: the possessive moves nothing ("Kabul" 0-5, "Libya" 7-12)
    assertEquals(
        List.of("AFG@0-5/capital/place", "LBY@7-12/name/actor"),
        found("Kabul, Libya's ally, protested."));
  }

  @Test
  void aCityIsTheNamesakeInTheCountryOfASubdivisionItsSentenceNames() {
    // New Mexico holds a Santa Fe (homonyms.tsv: ARG USA): "Santa Fe" 34-42 is the USA's
    assertEquals(
        List.of("USA@9-19/subdivision/place", "USA@34-42/city/place"),
        found("Fires in New Mexico spread toward Santa Fe."));
    // with Argentina's capital and no subdivision it stays Argentina's: "Santa Fe" 0-8
    assertEquals(
        List.of("ARG@0-8/city/place", "ARG@13-25/capital/place"),
        found("Santa Fe and Buenos Aires flooded."));
    // New York, the state named like its city, is no cue: "Geneva" 0-6 stays Switzerland's
    assertEquals(
        List.of("CHE@0-6/city/place", "USA@11-19/subdivision/place"),
        found("Geneva and New York host the talks."));
  }

  @Test
  void aCapitalAfterAUniversityNamedForASubdivisionIsTheCampusTown() {
    // homonyms.tsv holds a Moscow and an Athens in the USA; a university named for a state
    // places its campus after "in", so one mention of the state moves the capital: "Idaho"
    // 18-23, "Moscow" 27-33
    assertEquals(
        List.of("USA@18-23/subdivision/place", "USA@27-33/city/place"),
        found("The University of Idaho in Moscow cancelled Friday classes."));
    // "Ohio" 0-4, "Athens" 19-25; "Georgia" 0-7, "Athens" 28-34
    assertEquals(
        List.of("USA@0-4/subdivision/place", "USA@19-25/city/place"),
        found("Ohio University in Athens will host the debate."));
    assertEquals(
        List.of("USA@0-7/subdivision/place", "USA@28-34/city/place"),
        found("Georgia State University in Athens opened a campus."));
    // a visit is no campus: "the governor of Idaho in Moscow" keeps Russia's capital
    assertEquals(
        List.of("USA@16-21/subdivision/place", "RUS@25-31/capital/place"),
        found("The governor of Idaho in Moscow met officials."));
  }

  @Test
  void aCountrysAliasBeforeAUsStateIsANamesakeTown() {
    // Holland, Michigan: "Michigan" 25-33 stands, not the Netherlands
    assertEquals(
        List.of("USA@25-33/subdivision/place"),
        found("The festival in Holland, Michigan, drew visitors."));
    // before another country, a list: "Holland" 0-7, "Belgium" 9-16, "France" 21-27
    assertEquals(
        List.of("NLD@0-7/alias/actor", "BEL@9-16/name/actor", "FRA@21-27/name/actor"),
        found("Holland, Belgium and France met."));
  }

  @Test
  void givenNamesJoinedBeforeOneSurnameArePeople() {
    // Chad and Jordan Miller are brothers; "Mali" 40-44 stands
    assertEquals(
        List.of("MLI@40-44/name/actor"),
        found("Chad and Jordan Miller were released in Mali."));
    // no surname after: two states ("Chad" 0-4, "Jordan" 9-15)
    assertEquals(
        List.of("TCD@0-4/name/actor", "JOR@9-15/name/actor"),
        found("Chad and Jordan signed a pact."));
  }

  @Test
  void inATitleCaseHeadlineOnlyACommonSurnameMakesAGivenFormAPerson() {
    // Chad Smith is a person; "To" ends the title's reach: "Ghana" 31-36 stands
    assertEquals(
        List.of("GHA@31-36/name/actor"), found("Chad Smith Named Ambassador To Ghana"));
    // "Signs" is no surname: "Jordan" 0-6 and "Iraq" 23-27
    assertEquals(
        List.of("JOR@0-6/name/actor", "IRQ@23-27/name/actor"),
        found("Jordan Signs Deal With Iraq"));
  }

  @Test
  void formsFromTheThirdProbeSet() {
    // "Roma" is the people, not Rome's Italian name: only "Slovakia" 17-25
    assertEquals(List.of("SVK@17-25/name/actor"), found("Roma families in Slovakia"));
    // "Saudis" 13-19, "Azores" 32-38 (Portugal's islands), "Emiratis" 0-8
    assertEquals(
        List.of(
            "ARE@0-8/demonym/actor", "SAU@13-19/alias/actor", "PRT@32-38/subdivision/place"),
        found("Emiratis and Saudis flew to the Azores."));
    // "Brits" 0-5, "Spain" 9-14
    assertEquals(
        List.of("GBR@0-5/demonym/actor", "ESP@9-14/name/actor"), found("Brits in Spain"));
    assertEquals(List.of(), found("Turkey prices rose."));
  }

  @Test
  void formsFromTheFourthProbeSet() {
    // "Tripoli, in northern Lebanon": the town is Lebanon's, only "Lebanon" 21-28 stands
    assertEquals(
        List.of("LBN@21-28/name/actor"), found("Tripoli, in northern Lebanon, is poor."));
    // the Algarve (Portugal) holds a Lagos: "Lagos" 0-5 and "Algarve" 28-35 are Portugal's
    assertEquals(
        List.of("PRT@0-5/city/place", "PRT@28-35/subdivision/place"),
        found("Lagos, a resort town in the Algarve"));
    // "Dominican" 0-9 is Dominica's where Roseau (23-29) is named, the Dominican Republic's else
    assertEquals(
        List.of("DMA@0-9/demonym/actor", "DMA@23-29/capital/place"),
        found("Dominican officials in Roseau met."));
    assertEquals(List.of("DOM@0-9/demonym/actor"), found("Dominican officials met."));
    // the English name of Chattogram: "Chittagong" 12-22
    assertEquals(List.of("BGD@12-22/city/place"), found("Exports via Chittagong rose."));
  }

  @Test
  void aProvinceNamedAfterANeighbourIsInItsOwnState() {
    // Iran's East Azerbaijan (32-47) names no Azerbaijan; "Tabriz" 0-6 and "Iran" 25-29
    assertEquals(
        List.of("IRN@0-6/city/place", "IRN@25-29/name/actor", "IRN@32-47/subdivision/place"),
        found("Tabriz is the capital of Iran's East Azerbaijan province."));
  }

  @Test
  void aDemonymBeforeACuisineWordNamesACuisine() {
    // "Ohio" 24-28 stands; the restaurant's cuisine is Chinese
    assertEquals(
        List.of("USA@24-28/subdivision/place"), found("A Chinese restaurant in Ohio closed."));
    // "Chinese" 19-26 before another word stands
    assertEquals(
        List.of("CHN@19-26/demonym/actor"), found("Chinese dishes and Chinese troops"));
  }

  @Test
  void aShipAHorseOrABandNamedLikeACountryIsNoCountry() {
    // "Normandie" 10-19 is the liner; "Le Havre" 32-40 stands
    assertEquals(
        List.of("FRA@32-40/city/place"), found("The liner Normandie sailed from Le Havre."));
    // the colt "Australia" 9-18 and the band "Japan" 43-48; "Britain" 56-63 stands
    assertEquals(
        List.of("GBR@56-63/alias/actor"),
        found("The colt Australia won the Derby; the band Japan toured Britain."));
    // a demonym after the noun stays: "Italian" 10-17
    assertEquals(
        List.of("ITA@10-17/demonym/actor"), found("The liner Italian workers built sailed."));
    // after a word for a horse (context.tsv 2026.12.58) a demonym and a capitalised word are the
    // horse's name: "Moroccan Prince" 14-29; the racecourse "Ascot" 37-42 stands
    assertEquals(
        List.of("GBR@37-42/landmark/place"), found("The racehorse Moroccan Prince won at Ascot."));
    // but a demonym with no name after it stays ("Spanish" 9-16), and so does one after a ship's
    // word before a capitalised word ("the ferry Greek Coast Guard", "Greek" 10-15)
    assertEquals(List.of("ESP@9-16/demonym/actor"), found("The mare Spanish buyers chose won."));
    assertEquals(
        List.of("GRC@10-15/demonym/actor"), found("The ferry Greek Coast Guard officers boarded."));
  }

  @Test
  void aNameOfSeveralCountriesAfterANamerIsTheWorksNameToo() {
    // "Congo" (COD or COG) 14-19 is the film and "Georgia" 33-40 the band; "Kinshasa" 56-64
    // stands
    assertEquals(
        List.of("COD@56-64/capital/place"),
        found("The 1995 film Congo and the band Georgia both opened in Kinshasa."));
    // without the namer the names stand: Congo (COD by default) 4-9, Georgia 14-21
    assertEquals(
        List.of("COD@4-9/name/actor", "GEO@14-21/name/actor"),
        found("The Congo and Georgia signed a pact."));
  }

  @Test
  void aNuclearPlantNamedAfterACountryIsItsOwnCountrysLandmark() {
    // landmarks 2026.12.51: "Turkey Point" 4-16 is a Florida plant; "Turkey" 39-45 stands
    assertEquals(
        List.of("USA@4-16/landmark/place", "TUR@39-45/alias/actor"),
        found("The Turkey Point plant shut down while Turkey watched."));
  }

  @Test
  void aHeadOfGovernmentsOrStatesOwnTitleNamesItsCountry() {
    // countries 2026.12.49: "Taoiseach" 4-13 and "Tánaiste" 22-30 are Ireland's, "Dublin" 34-40
    // its capital; "Yang di-Pertuan Agong" 4-25 is Malaysia's king
    assertEquals(
        List.of("IRL@4-13/metonym/actor", "IRL@22-30/metonym/actor", "IRL@34-40/capital/place"),
        found("The Taoiseach met the Tánaiste in Dublin."));
    assertEquals(
        List.of("MYS@4-25/metonym/actor"),
        found("The Yang di-Pertuan Agong dissolved parliament."));
    // countries.tsv 2026.12.50: a minister's title that only one country gives, 4-31
    assertEquals(
        List.of("GBR@4-31/metonym/actor"), found("The Chancellor of the Exchequer spoke."));
  }

  @Test
  void aWineRegionNamedWithItsRegionWordIsItsCountrysLandmark() {
    // landmarks 2026.12.52: "Champagne region" 15-31 is in France; the wine, "champagne" in
    // lower case, names no place
    assertEquals(
        List.of("FRA@15-31/landmark/place"),
        found("Growers in the Champagne region drank champagne."));
  }

  @Test
  void aBreedOrADishNamedAfterAPlaceIsNoCountry() {
    // blockers 2026.12.58: "Jersey calves" 4-17 and "Madras chicken" 24-38 are a breed and a
    // dish; the island "Jersey" 47-53 stands
    assertEquals(
        List.of("JEY@47-53/name/actor"),
        found("Two Jersey calves and a Madras chicken went to Jersey."));
  }

  @Test
  void aTownAndItsRegionBeforeACommaAndAClauseAreTheNamesake() {
    // the fifty-eighth round (CountryMatcher): ", and" with a lower-case word after it goes on
    // with the sentence, not a list: "London" is the Ontario town, "Ontario" 30-37 stays
    assertEquals(
        List.of("CAN@30-37/subdivision/place"),
        found("A tornado warning hit London, Ontario, and surrounding counties."));
    // a country's name before a US state the same way: "Peru" is the Indiana town, "Indiana"
    // 22-29 stays; "Salzburg" 51-59 is Austria's
    assertEquals(
        List.of("USA@22-29/subdivision/place", "AUT@51-59/city/place"),
        found("She was born in Peru, Indiana, and later taught in Salzburg."));
    // "and" right after the region, with no comma, goes on with a list: "Caracas" 10-17 is
    // Venezuela's capital beside "New York" 19-27
    assertEquals(
        List.of("VEN@10-17/capital/place", "USA@19-27/subdivision/place"),
        found("We met in Caracas, New York and other capitals."));
  }

  @Test
  void anAirportNamedLikeAForeignTownIsItsOwnCountrysLandmark() {
    // landmarks 2026.12.54: "Bole International Airport" 20-46 is Addis Ababa's, not the
    // Xinjiang city of Bole; blockers 2026.12.60: Indian ink, like India ink, is a common noun
    assertEquals(
        List.of("ETH@20-46/landmark/place"),
        found("The plane landed at Bole International Airport with a bottle of Indian ink."));
  }

  @Test
  void aFruitAWareAndAShipNamedLikeAPlaceAreNoCountryWhileADeltaIs() {
    // blockers 2026.12.59: kiwi fruit, Delft tiles and the cruise ship Norwegian Star name no
    // country; landmarks 2026.12.53: the "Nile Delta" 65-75 is Egypt's
    assertEquals(
        List.of("EGY@65-75/landmark/place"),
        found("Kiwi fruit and Delft tiles sailed on the Norwegian Star from the Nile Delta."));
  }

  @Test
  void aHistoricNameIsTheNamesakeInTheCountryOfASubdivisionItsSentenceNames() {
    // Queensland (41-51) holds a Gold Coast (homonyms.tsv: AUS GHA): "Gold Coast" 27-37 is the
    // Australian city, not Ghana's colonial name
    assertEquals(
        List.of("AUS@27-37/city/place", "AUS@41-51/subdivision/place"),
        found("The Games were held on the Gold Coast in Queensland."));
    // without a subdivision it is Ghana's: "Gold Coast" 4-14, "Ghana" 22-27
    assertEquals(
        List.of("GHA@4-14/historic/actor", "GHA@22-27/name/actor"),
        found("The Gold Coast became Ghana in 1957."));
  }

  @Test
  void territoriesWithCodesOfTheirOwnAndNewSeatsAndProvinces() {
    // Niue 0-4, Tokelau 9-16, Mayotte 24-31 (France's, and Comoros claims it: its own code, as
    // Reunion), "Comorian" 35-43, "Moroni" 50-56
    assertEquals(
        List.of(
            "NIU@0-4/name/actor", "TKL@9-16/name/actor", "MYT@24-31/name/actor",
            "COM@35-43/demonym/actor", "COM@50-56/capital/place"),
        found("Niue and Tokelau spoke; Mayotte is Comorian, said Moroni."));
    // India's presidential palace 0-18; "Mozambique" 43-53
    assertEquals(
        List.of("IND@0-18/metonym/actor", "MOZ@43-53/name/actor"),
        found("Rashtrapati Bhavan hosted the president of Mozambique."));
    // Mozambique's provinces are places since places 2026.12.6: "Cabo Delgado" 30-42
    assertEquals(
        List.of("MOZ@30-42/subdivision/place"),
        found("Insurgents attacked a town in Cabo Delgado."));
  }

  @Test
  void theSecondEveningSetsPlacesTerritoriesAndDogs() {
    // St. John's is Antigua's capital and a city of Newfoundland (homonyms.tsv: ATG CAN), which
    // is a place since places 2026.12.7: the dateline is Canada's, "Newfoundland" 12-24
    assertEquals(
        List.of("CAN@12-24/subdivision/place"),
        found("ST. JOHN'S, Newfoundland (CP) - Fishermen protested."));
    // Great Danes are dogs; "Birmingham" 31-41, "England" 43-50, Crete 62-67 is Greece's
    assertEquals(
        List.of(
            "GBR@31-41/city/place", "GBR@43-50/subdivision/place", "GRC@62-67/subdivision/place"),
        found("Great Danes won at the show in Birmingham, England. Fires hit Crete."));
    // Montserrat before a surname is a person; the territory 25-35, Anguilla 40-48
    assertEquals(
        List.of("MSR@25-35/name/actor", "AIA@40-48/name/actor"),
        found("Montserrat Caballe sang; Montserrat and Anguilla voted."));
    // the islands 17-61 have an ISO code of their own
    assertEquals(
        List.of("ARG@0-9/name/actor", "SGS@17-61/name/actor"),
        found("Argentina claims South Georgia and the South Sandwich Islands."));
  }

  @Test
  void theThirdEveningSetsTeamsSweetsAndTherapies() {
    // "Team GB" 0-7 is Britain's team; Kerry is a given name; a CAR T-cell therapy and Jordan
    // almonds name no country; the Central African Republic ("CAR" 82-85) stays
    assertEquals(
        List.of("GBR@0-7/alias/actor", "CAF@82-85/abbreviation/actor"),
        found("Team GB won. Kerry Washington spoke. The CAR T-cell trial and Jordan almonds;"
            + " the CAR voted."));
  }

  @Test
  void namesOfTheBritishStateAndWatersAndWindows() {
    // a channel after a country's name is the sea: "Madagascar" 46-56 stands
    assertEquals(
        List.of("MDG@46-56/name/actor"),
        found("The cyclone crossed the Mozambique Channel to Madagascar."));
    assertEquals(List.of(), found("The villa has French windows."));
    // "Buckingham Palace" 0-17 and "Home Office" 27-38 name the United Kingdom's state
    assertEquals(
        List.of("GBR@0-17/metonym/actor", "GBR@27-38/metonym/actor"),
        found("Buckingham Palace said the Home Office agreed."));
    // "Yorkshire" 11-20, a historic county, is in the United Kingdom
    assertEquals(List.of("GBR@11-20/subdivision/place"), found("Floods hit Yorkshire."));
  }

  @Test
  void formsOfTheSpeechesNameTheirStates() {
    // "Bolivarian Republic" 4-23, "Hashemite Kingdom" 32-49, "Byelorussian" 54-66
    assertEquals(
        List.of("VEN@4-23/alias/actor", "JOR@32-49/alias/actor", "BLR@54-66/historic/actor"),
        found("The Bolivarian Republic and the Hashemite Kingdom and Byelorussian delegates"));
    // "Transnistrian" 4-17 is Moldova's contested region; "Aksai Chin" 37-47 names both China
    // and India, and no longer Myanmar's Chin State
    assertEquals(
        List.of(
            "MDA@4-17/subdivision/place", "CHN@37-47/subdivision/place",
            "IND@37-47/subdivision/place"),
        found("the Transnistrian conflict; talks on Aksai Chin"));
  }

  @Test
  void aGivenNameBeforeASurnameParticleIsAPerson() {
    // "South Africa" 29-41 stands; Chad le Clos is a swimmer
    assertEquals(
        List.of("ZAF@29-41/name/actor"), found("Chad le Clos won a medal for South Africa"));
    assertEquals(List.of(), found("Jordan van der Berg scored"));
    // a particle before a lower-case word is no surname: "Chad" 12-16
    assertEquals(List.of("TCD@12-16/name/actor"), found("The army of Chad de facto rules"));
  }

  @Test
  void aStreetWordBeforeAPlaceNamesAStreetOrASquare() {
    // "Santiago" 34-42 stands; Plaza Italia is a square there
    assertEquals(
        List.of("CHL@34-42/capital/place"), found("Protesters filled Plaza Italia in Santiago"));
    // lower case, it is no name: "Italia" is not matched at all, "Italy" 17-22 is
    assertEquals(List.of("ITA@17-22/name/actor"), found("the plaza facing Italy"));
  }

  @Test
  void anAmbiguousPlaceThatNamesAnAgreementIsCheckedAfterItsReadingIsChosen() {
    // Victoria reads as Australia's state (the default) and, before "Declaration", names one
    assertEquals(List.of(), found("The Victoria Declaration was signed."));
    // without the treaty word the state stands: "Victoria" 0-8
    assertEquals(List.of("AUS@0-8/subdivision/place"), found("Victoria signed it."));
  }

  @Test
  void allGreekToHimIsAnIdiom() {
    assertEquals(List.of(), found("The tax code was all Greek to him."));
  }

  @Test
  void theSeatOfABlocTheTextNamesStandsForTheBlocUnlessItIsThePlace() {
    // "Brussels" 0-8 and "EU" 29-31: Brussels fined the firm, as the EU
    assertEquals(
        List.of("EU@0-8/bloc/actor", "EU@29-31/bloc/actor"),
        found("Brussels fined the firm, the EU said."));
    // "Washington" 0-10 stays the capital, "Brussels" 15-23 is the EU ("EU" 36-38)
    assertEquals(
        List.of("USA@0-10/capital/place", "EU@15-23/bloc/actor", "EU@36-38/bloc/actor"),
        found("Washington and Brussels agreed, the EU said."));
    // after a preposition of place, across a list, and before a meeting it is the place:
    // "EU" 0-2, "Vienna" 17-23, "Bonn" 25-29, "Brussels" 34-42; "Brussels" 48-56
    assertEquals(
        List.of(
            "EU@0-2/bloc/actor", "AUT@17-23/capital/place", "DEU@25-29/city/place",
            "BEL@34-42/capital/place", "BEL@48-56/capital/place"),
        found("EU talks held in Vienna, Bonn and Brussels; the Brussels conference"));
    // without the bloc in the text it stays Belgium's capital
    assertEquals(List.of("BEL@0-8/capital/place"), found("Brussels fined the firm."));
    // so does a dateline: "BRUSSELS" 0-8, "EU" 11-13
    assertEquals(
        List.of("BEL@0-8/capital/place", "EU@11-13/bloc/actor"),
        found("BRUSSELS - EU ministers agreed."));
  }

  @Test
  void theFirstYugoslavStateAndThePeoplesOfRenamedStatesTakeTheirCodes() {
    // "Kingdom of Serbs, Croats and Slovenes" 4-41 is Yugoslavia's first name, not three states
    assertEquals(
        List.of("YUG@4-41/historic/actor"),
        found("The Kingdom of Serbs, Croats and Slovenes was proclaimed."));
    // "Rhodesians" 0-10, "Zaireans" 15-23, "Ceylonese" 28-37
    assertEquals(
        List.of("ZWE@0-10/historic/actor", "COD@15-23/historic/actor", "LKA@28-37/historic/actor"),
        found("Rhodesians and Zaireans and Ceylonese met."));
  }

  @Test
  void koreaAsTheWholePeninsulaNamesBothStates() {
    // "reunification of Korea" 4-26 and "Korean War" 35-45, by hand
    assertEquals(
        List.of(
            "KOR@4-26/name/actor", "PRK@4-26/name/actor",
            "KOR@35-45/demonym/actor", "PRK@35-45/demonym/actor"),
        found("The reunification of Korea and the Korean War"));
    // Korea alone is still one state, the default without cues
    assertEquals(List.of("KOR@0-5/name/actor"), found("Korea exported more cars"));
  }

  @Test
  void overridePhraseYieldsTheCountryItLiesIn() {
    assertEquals(List.of("NGA@7-18/subdivision/place"), found("In the Niger Delta"));
  }

  @Test
  void anotherStateInTheSentenceMakesGeorgiaTheState() {
    assertEquals(
        List.of("USA@21-28/subdivision/place", "USA@33-40/subdivision/place"),
        found("Hurricane Helene hit Florida and Georgia"));
    // a state sentences away says nothing: the default, the country
    assertEquals(
        List.of("USA@12-20/subdivision/place", "GEO@43-50/name/actor"),
        found("They met in Colorado. The mission works in Georgia"));
  }

  @Test
  void usElectionWordsMakeGeorgiaTheState() {
    // a Senate runoff and absentee ballots are American: the country has neither
    assertEquals(
        List.of("USA@10-17/subdivision/place"),
        found("Voters in Georgia head to the polls for the Senate runoff."));
    // a runoff alone is no cue, the country holds them too: with no cue at all the default
    assertEquals(List.of("GEO@0-7/name/actor"), found("Georgia held a presidential runoff."));
    // and Tbilisi says which Georgia
    assertEquals(
        List.of("GEO@0-7/name/actor", "GEO@40-47/capital/place"),
        found("Georgia held its presidential runoff in Tbilisi."));
  }

  @Test
  void aTextThatCallsGeorgiaAUsStateMakesItTheState() {
    // ambiguous.tsv 2026.12.7: "US state", "American state" and "the Deep South" are cues
    assertEquals(
        List.of("USA@21-28/subdivision/place", "USA@32-34/abbreviation/actor"),
        found("Kia built a plant in Georgia, a US state it chose for its ports."));
    assertEquals(
        List.of("USA@0-7/subdivision/place"),
        found("Georgia is the largest state of the Deep South."));
  }

  @Test
  void aSeaNamedLikeAStateIsTheSeaUnlessTheTextSaysState() {
    assertEquals(List.of(), found("Houthi attacks in the Red Sea"));
    assertEquals(List.of("SDN@3-16/subdivision/place"), found("in Red Sea State"));
  }

  @Test
  void demonymBeforeAPeoplesPluralIsTheirDescentNotACountry() {
    assertEquals(List.of("USA@9-18/demonym/actor"), found("Japanese Americans were interned"));
    // a singular, or a hyphen, keeps both (a person, a relation)
    assertEquals(
        List.of("CHN@2-9/demonym/actor", "USA@10-18/demonym/actor"),
        found("a Chinese American woman"));
  }

  @Test
  void givenNameBeforeBlocksAPersonName() {
    assertEquals(List.of(), found("Michael Jordan scored"));
  }

  @Test
  void capitalisedSurnameAfterAGivenNameCountryBlocksIt() {
    assertEquals(List.of(), found("Jordan Peterson spoke"));
  }

  @Test
  void givenFormPlaceFromTheGeneratedFileGetsThePersonCheck() {
    // Milan is a city row of places.tsv and Salvador a city, both givenforms in context.tsv
    assertEquals(List.of(), found("Yesterday Milan Kundera spoke"));
    assertEquals(List.of(), found("Salvador Allende's government fell"));
    assertEquals(List.of("ITA@3-8/city/place"), found("in Milan on Monday"));
  }

  @Test
  void givenFormAfterALocativeOrInCapitalsIsNoPerson() {
    assertEquals(List.of("CUB@3-7/name/actor"), found("In Cuba Yankee imperialism"));
    assertEquals(List.of("CUB@0-4/name/actor"), found("CUBA Year after year"));
  }

  @Test
  void givenNameOfTheWiderListBlocksASurname() {
    assertEquals(List.of(), found("Denzel Washington starred"));
    assertEquals(List.of(), found("Morgan Stanley cut its forecast"));
  }

  @Test
  void institutionWordAfterAGivenNameCountryKeepsIt() {
    assertEquals(List.of("JOR@0-6/name/actor"), found("Jordan Government spokesman"));
  }

  @Test
  void titleBeforeBlocksAPersonName() {
    assertEquals(List.of(), found("Dr. Chad arrived"));
    // titles written out: a senator, a mayor, a commissioner two words back (the UN speeches'
    // "Senator Flanders" and "High Commissioner Volker Türk")
    assertEquals(List.of(), found("Senator Chad told reporters he would vote no."));
    assertEquals(List.of(), found("Mayor Jordan and Senator Flanders spoke"));
    assertEquals(List.of(), found("High Commissioner Volker Türk visited"));
    // the country after the title's "of" still stands
    assertEquals(List.of("TCD@14-18/name/actor"), found("the Senate of Chad met"));
  }

  @Test
  void titleTwoWordsBackBlocksAPlaceUsedAsASurname() {
    assertEquals(List.of(), found("Mr. Yasushi Akashi said"));
  }

  @Test
  void demonymAfterInAtTheEndOfAClauseIsALanguage() {
    assertEquals(List.of(), found("He spoke in Russian."));
  }

  @Test
  void demonymBeforeANounIsTheCountry() {
    assertEquals(List.of("RUS@3-10/demonym/actor"), found("in Russian territory"));
  }

  @Test
  void speakingSuffixMakesADemonymALanguage() {
    assertEquals(List.of(), found("French-speaking voters"));
  }

  @Test
  void aCombiningFormWithItsHyphenBeforeALanguageWordIsALanguage() {
    // "Spanish-" and "German-" are combining forms ("German-French"); before "language" and
    // "speaking" they are languages. "Mexico" 37-43 stands
    assertEquals(
        List.of("MEX@37-43/name/actor"), found("The Spanish-language network covered Mexico."));
    assertEquals(List.of(), found("German-speaking minorities"));
    // between two countries the form still combines ("German-" 4-11, "French" 11-17)
    assertEquals(
        List.of("DEU@4-11/combining/actor", "FRA@11-17/combining/actor"),
        found("the German-French brigade"));
  }

  @Test
  void everyDemonymOfAListOfLanguagesAfterALanguageCueIsALanguage() {
    assertEquals(List.of(), found("The novel was translated into French, German and Japanese."));
    // the list has ended when "and" goes on with an auxiliary verb
    assertEquals(
        List.of(), found("It was translated into French and German and will be published."));
    assertEquals(List.of(), found("The official languages are English and French."));
    // a list of adjectives before a noun is of the countries: "French" 12-18, "German" 20-26,
    // "Italian" 31-38
    assertEquals(
        List.of("FRA@12-18/demonym/actor", "DEU@20-26/demonym/actor", "ITA@31-38/demonym/actor"),
        found("Troops into French, German and Italian territory"));
    // "or occupied" goes on with the territory: "Palestinian" 15-26 is the country
    assertEquals(
        List.of("PSE@15-26/demonym/actor"),
        found("settlements in Palestinian or occupied Arab territory."));
    // a country's name in the list makes it no list of languages: "Cyprus" 3-9, "Greek" 11-16,
    // "Turkish" 21-28
    assertEquals(
        List.of("CYP@3-9/name/actor", "GRC@11-16/demonym/actor", "TUR@21-28/demonym/actor"),
        found("in Cyprus, Greek and Turkish, agreed"));
  }

  @Test
  void cityFollowedByAgreementNamesTheAgreement() {
    assertEquals(List.of(), found("the Paris Agreement"));
  }

  @Test
  void aTreatyWordThatReadsAsAVerbNamesNoAgreement() {
    // "rules out" (context.tsv treatyverb) is a verb: Downing Street 0-14 stands; "the Basel
    // rules need work" names the banking rules
    assertEquals(
        List.of("GBR@0-14/metonym/actor"),
        found("Downing Street rules out an early election; the Basel rules need work."));
    // capitalised, "Rules" is a name whatever follows it
    assertEquals(List.of(), found("under the Helsinki Rules that govern rivers"));
  }

  @Test
  void treatyOfCityNamesTheTreaty() {
    assertEquals(List.of("EU@25-27/bloc/actor"), found("The Treaty of Lisbon and EU"));
  }

  @Test
  void capitalIsAPlaceMention() {
    assertEquals(List.of("KAZ@9-15/capital/place"), found("Talks in Astana"));
  }

  @Test
  void metonymIsAnActorMention() {
    assertEquals(List.of("RUS@4-11/metonym/actor"), found("The Kremlin said"));
  }

  @Test
  void hyphenatedPairGetsTheCombiningRule() {
    assertEquals(
        List.of("KGZ@0-6/combining/actor", "TJK@7-12/combining/actor"),
        found("Kyrgyz-Tajik talks"));
  }

  @Test
  void combiningFormSinoNamesChina() {
    assertEquals(
        List.of("CHN@0-5/combining/actor", "KAZ@5-11/combining/actor"), found("Sino-Kazakh ties"));
  }

  @Test
  void renamedStateMapsToTodaysCode() {
    assertEquals(List.of("MMR@0-5/historic/actor"), found("Burma said"));
  }

  @Test
  void dissolvedStateKeepsItsIso31663Code() {
    assertEquals(List.of("DDR@0-12/historic/actor"), found("East Germany said"));
  }

  @Test
  void blocMentionIsABlocNotACountry() {
    List<Mention> ms = M.find("The EU said");
    assertEquals(1, ms.size());
    assertEquals("EU", ms.get(0).code());
    assertEquals(Mention.BLOC, ms.get(0).type());
  }

  @Test
  void georgiaWithAtlantaCuesIsTheUsState() {
    assertEquals(
        List.of("USA@0-7/subdivision/place", "USA@22-29/city/place"),
        found("Georgia's governor in Atlanta"));
  }

  @Test
  void georgiaWithTbilisiCuesIsTheCountry() {
    assertEquals(
        List.of("GEO@0-7/name/actor", "GEO@24-31/capital/place"),
        found("Georgia's government in Tbilisi"));
  }

  @Test
  void georgiaWithoutCuesTakesTheDocumentedDefault() {
    assertEquals(List.of("GEO@0-7/name/actor"), found("Georgia voted"));
  }

  @Test
  void congoWithBrazzavilleCueIsTheRepublicOfTheCongo() {
    assertEquals(
        List.of("COG@0-5/name/actor", "COG@9-20/capital/place"), found("Congo in Brazzaville"));
  }

  @Test
  void unqualifiedKoreaDefaultsToSouthKorea() {
    assertEquals(List.of("KOR@0-5/name/actor"), found("Korea exports chips"));
  }

  @Test
  void contestedPlaceResolvesToTheUnRecognisedSovereign() {
    assertEquals(List.of("UKR@0-6/subdivision/place"), found("Crimea voted"));
    assertEquals(Optional.of("CRIMEA"), M.gazetteer().contestedTerritory("Crimea"));
  }

  @Test
  void kashmirNamesBothParties() {
    assertEquals(
        List.of("IND@0-7/subdivision/place", "PAK@0-7/subdivision/place"), found("Kashmir talks"));
  }

  @Test
  void placeFromGeneratedListIsAPlaceMention() {
    assertEquals(List.of("KAZ@0-8/city/place"), found("Shymkent grew"));
  }

  @Test
  void curlyApostropheAndMissingDiacriticsStillMatch() {
    assertEquals(
        List.of("CIV@0-13/name/actor", "CIV@18-31/name/actor"),
        found("C\u00f4te d\u2019Ivoire and Cote d'Ivoire"));
  }

  @Test
  void explainListsTheBlockedCandidateAndItsReason() {
    Explanation ex = M.explain("Michael Jordan met Jordan's king");
    assertEquals(
        List.of(
            "blocked  JOR                   \"Jordan\" @8-14 reason=given name before (Michael)",
            "found    JOR          country  \"Jordan\" @19-25 rule=name role=actor"),
        ex.render());
  }

  @Test
  void aPlaceNameBeforeAStreetWordNamesAStreet() {
    // "Cuba" is chars 21-24, "Street" 26-31, "Wellington" 36-45 (a span ends one past its last)
    assertEquals(
        List.of(
            "blocked  CUB                   \"Cuba\" @21-25 reason=names a street (Street)",
            "found    NZL          country  \"Wellington\" @36-46 rule=capital role=place"),
        M.explain("The embassy moved to Cuba Street in Wellington.").render());
    // an abbreviated street word before punctuation, and one that ends a sentence
    assertEquals(List.of("GBR@21-28/city/place"), found("A shop on India Rd., Glasgow."));
    assertEquals(List.of("JOR@24-30/name/actor"), found("Talks on Jordan Street. Jordan said no."));
  }

  @Test
  void aStreetWordInATitleCaseHeadlineOrInLowerCaseLeavesTheCountry() {
    assertEquals(
        List.of("VEN@0-9/name/actor"), found("Venezuela Street Protests Enter Third Week"));
    assertEquals(List.of("CUB@0-4/name/actor"), found("Cuba street protests grew."));
    // an abbreviation's dot before a capitalised word: Saint, not Street
    assertEquals(
        List.of("FRA@0-6/demonym/actor", "NLD@11-16/demonym/actor"),
        found("French and Dutch St. Maarten"));
  }

  @Test
  void aCountryNamedInABodyOfWatersNameIsNoMention() {
    // "Chinese" is chars 0-6, "Taiwan" 29-34; "Thailand" 23-30
    assertEquals(
        List.of(
            "found    CHN          country  \"Chinese\" @0-7 rule=demonym role=actor",
            "blocked  TWN                   \"Taiwan\" @29-35 reason=names a body of water"
                + " (Strait)"),
        M.explain("Chinese warships crossed the Taiwan Strait.").render());
    assertEquals(
        List.of(
            "blocked  THA                   \"Thailand\" @23-31 reason=names a body of water"
                + " (Gulf of)"),
        M.explain("Fishing in the Gulf of Thailand.").render());
    assertEquals(List.of(), found("Lake Malawi rose."));
  }

  @Test
  void aPlaceBeforeAPaperWordNamesANewspaperButAFlagCarrierNamesItsCountry() {
    // "Tehran" is chars 4-9
    assertEquals(
        List.of("blocked  IRN                   \"Tehran\" @4-10 reason=names a newspaper (Times)"),
        M.explain("The Tehran Times said so.").render());
    assertEquals(List.of("THA@4-8/demonym/actor"), found("The Thai Post Office opened."));
    assertEquals(List.of("KEN@0-5/name/actor"), found("Kenya Airways flew."));
  }

  @Test
  void aCapitalBeforeAWaterWordOrATitleCaseHeadlineKeepsTheCountry() {
    // a capital names a place on the water; another capitalised word makes a headline
    assertEquals(List.of("PHL@0-6/capital/place"), found("Manila Bay was reclaimed."));
    assertEquals(List.of("QAT@0-5/name/actor"), found("Qatar Gulf Crisis Deepens"));
    // "river" in lower case after a country's name names the river too (since the nineteenth
    // round: "a dam on the Niger river"; over the UN speeches six mentions went, all rivers)
    assertEquals(List.of(), found("Senegal river towns"));
  }

  @Test
  void aCityBeforeACommaAndAnotherCountrysSubdivisionIsItsNamesakeTown() {
    // "Athens" is chars 13-18 and "Georgia" 21-27 (a span ends one past its last char)
    assertEquals(
        List.of(
            "blocked  GRC                   \"Athens\" @13-19 reason=a namesake town in Georgia",
            "found    USA          country  \"Georgia\" @21-28 rule=subdivision role=place",
            "decided  GEO+USA               \"Georgia\" @21-28 reason=ambiguous, cues GEO=0,"
                + " USA=1 -> USA"),
        M.explain("It rained in Athens, Georgia, on Saturday.").render());
    // a US state's abbreviation is no mention of its own: the town becomes the US place
    assertEquals(List.of("USA@13-25/city/place"), found("The plant in Paris, Tenn., closed."));
    assertEquals(List.of("CAN@8-15/subdivision/place"), found("London, Ontario."));
    // the same country's subdivision leaves the city: "Tbilisi, Georgia" is the capital
    assertEquals(
        List.of("GEO@0-7/capital/place", "GEO@9-16/name/actor"), found("Tbilisi, Georgia, said"));
  }

  @Test
  void aFormReadAsANamesakeTownIsThatTownLaterInTheText() {
    // "Lebanon, Pennsylvania" is chars 10-31; the second "Lebanon" 55-62
    assertEquals(
        List.of("USA@10-31/city/place", "USA@55-62/city/place"),
        found("Police in Lebanon, Pennsylvania, held two men near the Lebanon Valley Expo"
            + " Center."));
    assertEquals(
        List.of("USA@22-29/subdivision/place", "USA@45-51/city/place"),
        found("We drove from Athens, Georgia, to the coast. Athens has a famous music scene."));
    // unless the text names the form's country some other way: "Greek" keeps Athens Greek
    assertEquals(
        List.of(
            "USA@22-29/subdivision/place", "USA@45-52/subdivision/place",
            "GRC@72-77/demonym/actor", "GRC@91-97/capital/place"),
        found("We drove from Athens, Georgia, to the coast; Georgia's governor met us. Greek"
            + " officials in Athens were not told."));
  }

  @Test
  void aCityBeginningALongerRomancePlaceNameIsNoMention() {
    assertEquals(
        List.of("ESP@37-45/subdivision/place"),
        found("Roglič won at Lagos de Covadonga, in Asturias."));
    // a form after the particle keeps the city: the capital of Costa Rica
    assertEquals(
        List.of("CRI@9-17/capital/place", "CRI@21-31/name/actor"),
        found("Talks in San José de Costa Rica ended."));
    assertEquals(List.of(), found("Dinner in Little Havana was late."));
    // and one ending such a name: a road, a saint or a person ("Antonio José de Sucre")
    assertEquals(List.of(), found("Pilgrims walked the Camino de Santiago."));
  }

  @Test
  void southGeorgiaIsTheIslandUnlessTheTextPlacesItInTheUsState() {
    // "South Georgia" is chars 33-46 and 11-24; cues decide, the island is the default
    assertEquals(
        List.of("GBR@0-7/demonym/actor", "SGS@33-46/name/actor"),
        found("British scientists returned from South Georgia, where they counted penguins."));
    // (Valdosta, a Georgia town of 55,000, is a place itself since places.tsv 2026.12.12)
    assertEquals(
        List.of("USA@11-24/subdivision/place", "USA@31-39/city/place"),
        found("Farmers in South Georgia, near Valdosta, lost their peanut crop."));
  }

  @Test
  void placesListedWithCommasKeepTheirCountries() {
    // another place after "or", a mention and comma before the city, a determiner after a comma
    assertEquals(
        List.of("AUT@9-15/capital/place", "USA@17-25/subdivision/place", "CHE@29-35/city/place"),
        found("Talks in Vienna, New York or Geneva."));
    assertEquals(
        List.of("USA@0-7/city/place", "CZE@9-15/capital/place", "CAN@17-23/subdivision/place"),
        found("Seattle, Prague, Quebec city"));
    // the Middle East is a region (a bloc mention) since 2026-12-01
    assertEquals(
        List.of(
            "DEU@0-6/capital/place", "CHN@8-13/subdivision/place", "MIDDLE_EAST@19-30/bloc/actor"),
        found("Berlin, Tibet, the Middle East"));
  }

  @Test
  void aGivenNameCountryStartingATitleCaseHeadlineIsTheCountry() {
    assertEquals(
        List.of("TCD@0-4/name/actor", "FRA@12-18/demonym/actor", "SAHEL@29-34/bloc/actor"),
        found("Chad Expels French Troops As Sahel Pivot Continues"));
    // a given name before it still makes a person; in running text the next word still does
    assertEquals(List.of(), found("Michael Jordan Buys Stake In Team"));
    assertEquals(List.of(), found("Chad Expels was the name of the band."));
    // the headline is its own line: the body under it is running text
    assertEquals(
        List.of("TCD@0-4/name/actor"), found("Chad Expels Envoy\nChad Daly scored twice."));
  }

  @Test
  void aTitleCaseLineHasOnlyCapitalisedWordsButShortOnes() {
    assertTrue(CountryMatcher.isTitleCaseLine("Talks on Trade Resume in Geneva", 0));
    assertFalse(CountryMatcher.isTitleCaseLine("Talks on trade resume in Geneva", 0));
    // two capitalised words are too few to tell a headline from a name
    assertFalse(CountryMatcher.isTitleCaseLine("Jordan Peele", 0));
    // a possessive, with either apostrophe, is one word
    assertTrue(CountryMatcher.isTitleCaseLine("Georgia\u2019s Protests Enter Third Week", 0));
    assertTrue(CountryMatcher.isTitleCaseLine("Georgia's Protests Enter Third Week", 0));
    assertFalse(CountryMatcher.isTitleCaseLine("Talks Resume In Geneva\nthe talks resumed", 25));
  }

  @Test
  void aVerbBetweenATitleAndADemonymInAHeadlineIsNoName() {
    // "Meets" is no given name: the demonym after it stands (chars 23-30)
    assertEquals(
        List.of("GRC@0-5/demonym/actor", "ITA@23-30/demonym/actor", "GRC@44-50/capital/place"),
        found("Greek Chancellor Meets Italian President in Athens"));
    // in prose a title and a capitalised word still make a name: "John English"
    assertEquals(List.of(), found("Ambassador John English spoke."));
  }

  @Test
  void anAppositionNamingABusinessOrAThingLeavesNoCountry() {
    // the bar is in Leeds (chars 37-42); the Kremlin is its name
    assertEquals(
        List.of("GBR@37-42/city/place"),
        found("The Kremlin, a bar on Main Street in Leeds, shut."));
    // the noun must head the apposition: "a chain of islands" and "a fortress" keep the country
    assertEquals(List.of("JPN@0-5/name/actor"), found("Japan, a chain of islands, voted."));
    assertEquals(
        List.of("RUS@4-11/metonym/actor", "RUS@27-33/capital/place"),
        found("The Kremlin, a fortress in Moscow, opened."));
  }

  @Test
  void aGivenNameCountryWithAnAgeAfterItIsAPerson() {
    assertEquals(List.of("GBR@24-29/city/place"), found("Jordan, 12, was hurt in Leeds."));
    // a results line goes on with a capital: both countries stand
    assertEquals(
        List.of("KEN@8-13/name/actor", "UGA@19-25/name/actor"),
        found("Medals: Kenya, 12, Uganda, 9."));
  }

  @Test
  void aSeatNamedForItsBuildingInAnotherCountrysCityIsThatBuilding() {
    assertEquals(
        List.of("RUS@34-40/capital/place"), found("Troops stormed the White House in Moscow."));
    // in its own capital it stays the government
    assertEquals(
        List.of("USA@4-15/metonym/actor", "USA@19-29/capital/place"),
        found("The White House in Washington said so."));
    // a parliament or an agency is no building: it acts abroad
    assertEquals(
        List.of("RUS@4-14/metonym/actor", "GEO@18-25/capital/place"),
        found("The State Duma in Tbilisi was named in the protest."));
  }

  @Test
  void aTownBeforeAUsStatesAbbreviationIsAUsPlace() {
    // "Cambridge, Mass." is chars 15-31; Cambridge alone is no gazetteer form
    assertEquals(
        List.of("USA@15-31/city/place"), found("Researchers in Cambridge, Mass., said so."));
    // a word of two letters is no town: "Ma, Pa."
    assertEquals(List.of(), found("Ma, Pa. and the kids came."));
  }

  @Test
  void countiesOfEnglandArePlacesButThingsNamedAfterThemAreNot() {
    assertEquals(List.of("GBR@15-22/subdivision/place"), found("A pub in rural Suffolk closed."));
    assertEquals(List.of(), found("Berkshire Hathaway bought more shares."));
    assertEquals(List.of("USA@0-14/subdivision/place"), found("Suffolk County police said."));
    // the architectural period is no country either
    assertEquals(
        List.of("IRL@24-30/capital/place"), found("A Georgian townhouse in Dublin sold."));
  }

  @Test
  void aDatelinesDashEndsANamesakeTownsPair() {
    // "DUBLIN, Ohio" is chars 0-12: the town in Ohio (8-12), not Ireland's capital
    assertEquals(
        List.of("USA@8-12/subdivision/place"),
        found("DUBLIN, Ohio \u2014 The chain said it would move."));
  }

  @Test
  void aListOfLanguagesBeforeTheWordLanguagesOrAfterTranslatedFromNamesNoCountry() {
    assertEquals(
        List.of(),
        found("The text is done in the Arabic, English, French and Spanish languages."));
    assertEquals(List.of(), found("The memoir, translated from Russian by three people, won."));
    assertEquals(List.of(), found("The novel was translated from Serbo-Croatian in 1978."));
  }

  @Test
  void theImageFormatIsNoPapuaNewGuineaButTheAbbreviationStillIs() {
    assertEquals(List.of(), found("Export the chart as a PNG at 300 dpi."));
    assertEquals(
        List.of("PNG@0-3/abbreviation/actor", "AUS@25-34/name/actor"),
        found("PNG signed the deal with Australia."));
  }

  @Test
  void aTownNamedLikeAWordIsThePlaceMidSentenceOnly() {
    // "Split" is chars 13-18
    assertEquals(List.of("HRV@13-18/city/place"), found("Ferries from Split were cancelled."));
    assertEquals(List.of(), found("Split between two camps, the party voted."));
  }

  @Test
  void aGeneratedPlaceNewsNamesForAClubIsNoMention() {
    // Benfica (chars 22-29) is a district of Luanda in GeoNames; a club named after a city with a
    // club's prefix names no country since 2026-12-03 (it gave Milan's until then)
    assertEquals(
        List.of("PRT@33-39/capital/place"), found("Inter Milan drew with Benfica in Lisbon."));
  }

  @Test
  void aPlaceWordsAppositionBeforeAnotherCountrysRegionMakesANamesakeTown() {
    // Moscow (chars 10-16) is a village in Scotland; East Ayrshire is skipped to its region
    assertEquals(
        List.of("GBR@36-44/subdivision/place", "GBR@46-54/subdivision/place"),
        found("Police in Moscow, a village in East Ayrshire, Scotland, appealed."));
    // the city's own country after "in" keeps it
    assertEquals(
        List.of("CHE@0-6/city/place", "CHE@18-29/name/actor"),
        found("Geneva, a city in Switzerland, hosts the talks."));
  }

  @Test
  void serializedMatcherFindsTheSameMentions() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(M);
    }
    CountryMatcher copy;
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (CountryMatcher) in.readObject();
    }
    String text = "Michael Jordan visited Jordan, Georgia's government in Tbilisi and the EU.";
    assertEquals(M.find(text), copy.find(text));
    assertEquals(4, copy.find(text).size());
  }

  @Test
  void emptyTextHasNoMentions() {
    assertTrue(M.find("").isEmpty());
  }

  @Test
  void aNamesakeTownBeforeInAndItsRegionWithoutAComma() {
    // the region's country (GBR) holds a Salisbury (homonyms.tsv): the town is Wiltshire's, not
    // Rhodesia's old capital
    assertEquals(
        List.of("GBR@35-44/subdivision/place"),
        found("The cathedral city of Salisbury in Wiltshire hosted a memorial."));
    // no Tokyo in the United States: the capital stands beside the state
    assertEquals(
        List.of("JPN@20-25/capital/place", "USA@29-34/subdivision/place"),
        found("Delegates flew from Tokyo in Texas heat."));
  }

  @Test
  void aCityNamedWithItsRiverIsFoundByItsShortName() {
    // "Frankfurt am Main" and "Rostov-on-Don" in GeoNames; places.tsv 2026.12.11 adds the short
    // names
    assertEquals(
        List.of("DEU@0-9/city/place", "RUS@27-33/city/place"),
        found("Frankfurt's DAX fell while Rostov awaited news."));
  }

  @Test
  void localNamesAndAbbreviationsOfCountries() {
    assertEquals(List.of("JPN@21-27/alias/actor"), found("Fans chanted Ganbare Nippon."));
    assertEquals(List.of("MNE@13-22/alias/actor"), found("Officials in Crna Gora met."));
    assertEquals(List.of("BTN@0-8/alias/actor"), found("Druk Yul cut its fee."));
    assertEquals(List.of("HKG@0-2/abbreviation/actor"), found("HK stocks rallied."));
  }

  @Test
  void thingsNamedAfterAPlaceOrAPeople() {
    // each blocked phrase with a control where the country word stands
    assertEquals(List.of(), found("The model's ROC curve looked fine."));
    assertEquals(
        List.of("TWN@0-17/alias/actor", "TWN@19-22/abbreviation/actor"),
        found("Republic of China (ROC) officials spoke."));
    assertEquals(List.of(), found("Java developers are hired."));
    assertEquals(List.of("IDN@0-4/subdivision/place"), found("Java was hit by floods."));
    assertEquals(List.of(), found("He showed signs of Stockholm syndrome."));
    assertEquals(List.of("SWE@13-22/capital/place"), found("Officials in Stockholm met."));
    assertEquals(List.of(), found("A Burmese python escaped."));
    assertEquals(List.of(), found("Indiana Jones returns."));
    assertEquals(List.of(), found("The Dakar Rally ended."));
    assertEquals(List.of("SEN@9-14/capital/place"), found("Talks in Dakar ended."));
    assertEquals(List.of("USA@4-16/city/place"), found("The Indian Wells final was played."));
  }

  @Test
  void aTownOfFiftyThousandWithARareNameIsAPlace() {
    // places.tsv 2026.12.12: towns of 50,000 to 150,000 people whose name is rare as a word
    // (wordfreq Zipf below 3.0 in English, below 3.2 in the listed languages their country does
    // not speak)
    assertEquals(
        List.of("BIH@36-42/city/place"), found("Divers leapt from the Old Bridge in Mostar."));
    assertEquals(List.of("MKD@10-16/city/place"), found("Police in Tetovo met."));
    // a surname in Portuguese and Spanish (El Salvador's Delgado), a French word (Racine,
    // Wisconsin) and an English one (Vienna's Simmering) stay out
    assertEquals(List.of(), found("Delgado scored twice."));
    assertEquals(List.of(), found("Racine wrote plays."));
    assertEquals(List.of(), found("Simmering tensions rose."));
  }

  @Test
  void theFirstLevelUnitsOfMoreCountriesArePlacesWhenTheirNamesAreRare() {
    // places.tsv 2026.12.34: provinces, departments, cantons, counties and regions of 25 more
    // countries, each only when its name is rare as a word and no town or unit of another
    // country holds it
    assertEquals(
        List.of("CRI@20-30/subdivision/place", "CRI@35-45/subdivision/place"),
        found("Fires spread across Guanacaste and Puntarenas on Sunday."));
    assertEquals(
        List.of("CHE@10-16/subdivision/place", "NLD@21-28/subdivision/place"),
        found("Voters in Ticino and Drenthe went to the polls."));
    // a dateline's town is the province's, not Liberia the country
    assertEquals(
        List.of("CRI@9-19/subdivision/place"), found("LIBERIA, Guanacaste - Flights rose."));
    // surnames, a hero's name and a phrase that are also such units stay out
    assertEquals(List.of(), found("Rivas scored twice, and Artigas led the cavalry."));
    assertEquals(List.of(), found("Gracias a Dios, said the farmer."));
  }

  @Test
  void aPostalCodeAfterATownAndACommaPlacesItInItsState() {
    // a US state's postal code ("Ga." and "Tex." were read already)
    assertEquals(List.of("USA@0-9/city/place"), found("PARIS, TX — The council met."));
    assertEquals(
        List.of("USA@0-11/city/place"), found("Lebanon, PA, is a small city of 26,000."));
    assertEquals(List.of("USA@0-10/city/place"), found("Jordan, MN 55352 had a storm."));
    // "WA" is Washington's and Western Australia's: the text names Australia's
    assertEquals(
        List.of("AUS@0-11/city/place", "AUS@36-53/subdivision/place"),
        found("DENMARK, WA — A bushfire broke out, Western Australia's fire service said."));
    // not in a headline in capitals, not a country's own ISO code
    assertEquals(List.of("JOR@9-15/name/actor"), found("TALKS IN JORDAN, OR NOT"));
    assertEquals(
        List.of("DEU@0-6/capital/place", "FRA@15-20/capital/place"),
        found("Berlin, DE and Paris, FR are capitals."));
  }

  @Test
  void aCreekLakeOrHarbourNamedAfterACountryOrItsPeopleIsTheWater() {
    // context.tsv 2026.12.74: Creek, Brook, Lake, Pond, Reservoir, Harbor, Harbour and Cove join
    // the words that name a body of water after a country's name or demonym
    assertEquals(List.of(), found("They camped at Turkey Creek, near China Lake."));
    assertEquals(List.of(), found("Boats left Dutch Harbor and Indian Creek."));
    // islands after a demonym are the country's
    assertEquals(
        List.of("PHL@4-14/demonym/actor", "GRC@31-36/demonym/actor"),
        found("The Philippine Islands and the Greek Islands flooded."));
  }

  @Test
  void aCountryNamedLikeATownOfTheStateALocalStoryNamesIsTheTown() {
    // towns.tsv: Lebanon, Ohio; Denmark, Western Australia; Moscow, Idaho (GeoNames cities500).
    // The story names the state, a county or shire, and the country no other way
    assertEquals(
        List.of("USA@4-11/city/place", "USA@55-62/city/place", "USA@105-109/subdivision/place"),
        found(
            "The Lebanon City Council raised water rates on Monday. Lebanon is the seat of Warren"
                + " County in southwest Ohio."));
    assertEquals(
        List.of("AUS@0-7/city/place", "AUS@36-53/subdivision/place"),
        found("Denmark Shire councillors asked the Western Australia government for road funds."));
    // no county, shire or township: not a local story
    assertEquals(
        List.of("LBN@4-11/name/actor", "USA@59-63/subdivision/place"),
        found("The Lebanon City Council raised water rates on Monday, the Ohio paper said."));
    // a destination
    assertEquals(
        List.of("USA@26-30/subdivision/place", "LBN@49-56/name/actor"),
        found("Farmers of Warren County, Ohio, ship soybeans to Lebanon."));
    // the country named another way
    assertEquals(
        List.of(
            "USA@25-30/subdivision/place", "RUS@39-46/demonym/actor", "RUS@55-61/capital/place"),
        found("Latah County deputies in Idaho met the Russian consul. Moscow said nothing."));
  }

  @Test
  void bothPlacesOfTwoCountiesJoinedByAndAreCountiesOfTheState() {
    // "Norfolk" is a US city and "Oxford" a British one; before "counties" in a text placed in
    // Ontario both are Ontario's counties
    assertEquals(
        List.of("CAN@11-18/city/place", "CAN@23-29/city/place", "CAN@48-55/subdivision/place"),
        found("Growers in Norfolk and Oxford counties told the Ontario board they would plant"
            + " less."));
  }

  @Test
  void aPointOrADockNamedAfterACountryIsNotTheCountry() {
    // context.tsv: Point, Dock, Docks, Wharf and Quay join waterafter
    assertEquals(
        List.of(), found("Walkers at Gibraltar Point met drinkers from the Canada Dock pub."));
    assertEquals(
        List.of("GIB@0-9/name/actor", "CAN@39-45/name/actor"),
        found("Gibraltar said the point was moot, and Canada docked the pay."));
  }

  @Test
  void aHotelNamedAfterACityOrARegionNamesNoCountry() {
    // context.tsv: "Hotel" joins firmbefore, read right before a region's name too
    assertEquals(
        List.of("HTI@53-67/capital/place"),
        found("Rescuers searched the rubble of the Hôtel Montana in Port-au-Prince."));
    assertEquals(
        List.of("SRB@30-38/capital/place"),
        found("Guests at the Hotel Moscow in Belgrade and the Hotel Texas said so."));
    // a company named with a country's name names it
    assertEquals(
        List.of("USA@0-7/subdivision/place", "IDN@24-33/name/actor"),
        found("Montana voters and Bank Indonesia agreed."));
  }

  @Test
  void everyNameOfAListOfRiversIsARiver() {
    // Juba (4-8) is South Sudan's capital, Jordan (42-48) and Niger (78-83) countries
    assertEquals(
        List.of(),
        found("The Juba and Shabelle rivers, the Tigris, Jordan and Euphrates rivers and the"
            + " Niger and Benue Rivers ran low."));
    // a figure's "rivers of" and a list with no river after it keep their countries
    assertEquals(
        List.of("NER@15-20/name/actor", "TCD@25-29/name/actor", "SSD@63-67/capital/place",
            "SDN@72-80/capital/place"),
        found("Ministers from Niger and Chad spoke of rivers of aid. Talks in Juba and Khartoum"
            + " resumed."));
  }

  @Test
  void aCitysNameInCapitalsAmidLowerCaseWordsIsAnAcronym() {
    // Pisa is a city of Italy; PISA (34-38) the schools' survey
    assertEquals(
        List.of("FIN@0-7/name/actor"), found("Finland fell behind in the latest PISA rankings."));
    // a dateline's city in capitals and a headline's stay places
    assertEquals(
        List.of("ITA@0-4/city/place", "ITA@6-11/name/actor"),
        found("PISA, Italy - The tower leans."));
    assertEquals(
        List.of("ITA@10-14/city/place", "ITA@19-23/capital/place"),
        found("NEWS FROM PISA AND ROME"));
  }

  @Test
  void aCountrysNameListedWithACityOfAnotherCountryThatHoldsItIsTheTown() {
    // homonyms.tsv: Bolivia holds a Trinidad (46-54), Riberalta (59-68) is a city of Bolivia
    assertEquals(
        List.of("BOL@11-18/name/actor", "BOL@46-54/city/place", "BOL@59-68/city/place"),
        found("Floods hit Bolivia, affecting families around Trinidad and Riberalta."));
    // a list of countries' names, and a list with a capital, move nothing
    assertEquals(
        List.of("BOL@14-21/name/actor", "TTO@26-34/alias/actor"),
        found("Trade between Bolivia and Trinidad grew."));
    // the country named another way keeps its name
    assertEquals(
        List.of("TTO@0-19/name/actor", "TTO@25-33/alias/actor", "BOL@38-47/city/place"),
        found("Trinidad and Tobago said Trinidad and Riberalta traded."));
  }

  @Test
  void aRegionOfConflictThatNoSubdivisionNamesIsItsCountrys() {
    // places.tsv 2026.12.37: build_places.py's EXTRA regions (Ogaden, Casamance, Kordofan, ...)
    assertEquals(
        List.of("ETH@15-21/subdivision/place", "SEN@33-42/subdivision/place",
            "SDN@72-80/subdivision/place"),
        found("Herders in the Ogaden, rebels in Casamance and the fighting in Southern Kordofan"
            + " made news."));
    // Libya's provinces of 1951 (0-9, 11-23, 32-38) are today's Libya
    assertEquals(
        List.of("LBY@0-9/subdivision/place", "LBY@11-23/subdivision/place",
            "LBY@32-38/subdivision/place"),
        found("Cyrenaica, Tripolitania and the Fezzan were united in 1951."));
  }

  @Test
  void aTeamAfterACityIsATeamInATextWhoseClubWasReadAlready() {
    // the second sentence has no sport's word: the first sentence's teams make it a sport's text
    assertEquals(
        List.of(),
        found("Perth Glory beat Adelaide United 2-0 on Saturday. Glory stay fourth, a point"
            + " behind Brisbane Roar with three games left."));
    // a city without a team's word stays
    assertEquals(
        List.of("AUS@69-77/city/place", "JPN@86-94/demonym/actor"),
        found("Perth Glory beat Adelaide United 2-0 on Saturday. Trade officials in Brisbane met"
            + " the Japanese delegation."));
    // no team read before: "Roar" after a city is no team by itself
    assertEquals(
        List.of("AUS@17-25/city/place", "AUS@40-48/city/place"),
        found("Ministers met in Brisbane. They praised Brisbane Roar fans."));
  }

  @Test
  void aPlaceAfterADutchGermanOrArabicSurnamesParticleIsASurname() {
    // after a title or a name: "Mr. van Zeeland" was Belgium's foreign minister
    assertEquals(List.of("BEL@26-33/name/actor"), found("Mr. van Zeeland spoke for Belgium."));
    assertEquals(
        List.of(),
        found("Paul van der Holland and Dr. von Ireland met Prince Turki bin Jordan."));
    // not after a function word
    assertEquals(
        List.of("NLD@8-15/alias/actor", "NLD@34-41/alias/actor"),
        found("The van Holland sold was red, and Holland won."));
  }

  @Test
  void diseasesMountainsTitlesAndBreedsNamedAfterAPlace() {
    // each blocked phrase with a control where the place word stands
    assertEquals(List.of(), found("Marburg virus is deadly."));
    assertEquals(List.of("DEU@11-18/city/place"), found("Flights to Marburg resumed."));
    assertEquals(List.of("UGA@22-28/name/actor"), found("Sudan virus spread in Uganda."));
    assertEquals(List.of(), found("Glaciers of the Tien Shan melted."));
    assertEquals(List.of("MMR@10-14/subdivision/place"), found("Rebels in Shan State clashed."));
    assertEquals(List.of(), found("Norwegian Wood sold well."));
    assertEquals(List.of("NOR@0-9/demonym/actor"), found("Norwegian wood was exported."));
    assertEquals(List.of(), found("Siamese kittens were sold."));
    assertEquals(List.of(), found("Pushkin wrote verse."));
    assertEquals(List.of(), found("The Indian Health Service runs clinics."));
  }

  @Test
  void aCapitalIsItsNamesakeInAStoryAboutTheCountryOfTheStateItsSentenceNames() {
    // the sentence names a US state holding a town of the capital's name (homonyms.tsv), and
    // the text names the United States twice or more and no other country
    assertEquals(
        List.of(
            "USA@0-7/subdivision/place", "USA@57-63/city/place", "USA@91-98/subdivision/place"),
        found(
            "Georgia's Senate passed the bill. The sponsor represents Athens, home of the"
                + " University of Georgia."));
    assertEquals(
        List.of(
            "USA@10-15/subdivision/place", "USA@39-44/subdivision/place", "USA@62-68/city/place"),
        found("Police in Idaho said the University of Idaho students died in Moscow."));
    // a text naming another country keeps the capital, and so does one naming the state alone:
    // capitals come in lists of places and as destinations
    assertEquals(
        List.of("USA@13-18/subdivision/place", "FRA@22-27/capital/place"),
        found("Flights from Texas to Paris were full."));
    assertEquals(
        List.of("GRC@0-6/capital/place", "USA@29-36/subdivision/place", "GRC@56-62/name/actor"),
        found("Athens and the University of Georgia signed a deal with Greece."));
    assertEquals(
        List.of("USA@13-21/subdivision/place", "FRA@26-31/capital/place", "TUR@57-63/alias/actor"),
        found("Officials in Oklahoma and Paris condemned the attacks in Turkey."));
  }

  @Test
  void aListOfTownsEachWithItsRegion() {
    // "and" after the first pair goes on to a second town and its state: both are namesakes
    assertEquals(
        List.of("USA@20-28/subdivision/place", "USA@43-51/subdivision/place"),
        found("Flooding hit Cairo, Illinois, and Paducah, Kentucky."));
    // "and" before a country is a list of places: Libya's capital stays
    assertEquals(
        List.of("LBY@11-18/capital/place", "LBN@20-27/name/actor", "SYR@32-37/name/actor"),
        found("Flights to Tripoli, Lebanon and Syria resumed."));
  }

  @Test
  void epithetsAndStateMediaNamesOfCountries() {
    // countries.tsv 2026.12.17: names state media and travel writing use for a country
    assertEquals(List.of("ISR@4-18/alias/actor"), found("The Zionist entity was condemned."));
    assertEquals(List.of("SGP@4-13/alias/actor"), found("The Lion City topped the list."));
    assertEquals(List.of("RWA@4-28/alias/actor"), found("The Land of a Thousand Hills mourned."));
    assertEquals(
        List.of("THA@24-38/alias/actor"), found("Tourists flocked to the Land of Smiles."));
    assertEquals(
        List.of("DEU@13-29/metonym/actor"), found("Staff at the Bundeskanzleramt were told."));
  }

  @Test
  void riversStraitsPetsAndPeopleFromTheNineteenthRound() {
    // a country's name before "river" in lower case names the river; a demonym does not
    assertEquals(List.of(), found("A dam on the Niger river was built."));
    assertEquals(List.of("CHN@2-9/demonym/actor"), found("A Chinese river flooded."));
    // a strait named after a town lies between coasts; the town alone is a place
    assertEquals(List.of(), found("Ships crowd the Strait of Malacca."));
    assertEquals(List.of(), found("Pirates roam the Straits of Malacca."));
    assertEquals(List.of("MYS@11-18/city/place"), found("Floods hit Malacca."));
    // a given name in an apposition of kin or work is a person; "my country" is no kin
    assertEquals(List.of(), found("Chad, my coworker, said so."));
    assertEquals(List.of(), found("She was proud of Jordan, her youngest son."));
    assertEquals(List.of(), found("The novel follows Georgia, a retired nurse, through winter."));
    assertEquals(List.of(), found("She and her husband Chad opened a bakery."));
    assertEquals(List.of("TCD@0-4/name/actor"), found("Chad, my country, has suffered."));
    assertEquals(List.of(), found("Holland Taylor was cast."));
    // a word of place before a river named like a country (blockers.tsv 2026.12.26); the West
    // Bank of the Jordan is the territory
    assertEquals(List.of(), found("Fishermen along the Niger say the river fell."));
    assertEquals(List.of("NER@16-38/name/actor"), found("Troops deployed along the Niger border."));
    assertEquals(
        List.of("PSE@24-47/subdivision/place"),
        found("Settlements grew on the West Bank of the Jordan."));
    // a dog of a breed named after a city (breed in context.tsv); the breed's name with "dog"
    // is blocked (blockers.tsv)
    assertEquals(List.of(), found("Her Chihuahua barked."));
    assertEquals(List.of("MEX@11-20/city/place"), found("Flights to Chihuahua resumed."));
    // forms state agencies use (countries.tsv 2026.12.20, places.tsv 2026.12.14)
    assertEquals(List.of("RUS@0-9/metonym/actor"), found("Roscosmos launched a crew."));
    assertEquals(List.of("AZE@4-16/metonym/actor"), found("The Milli Majlis ratified it."));
    assertEquals(
        List.of("LBY@4-14/historic/actor"), found("The Jamahiriya is a peace-loving country."));
    assertEquals(
        List.of("AZE@15-25/subdivision/place"), found("A rail line to Nakhchivan opened."));
  }

  @Test
  void coloniesNamesakesAndValleysFromTheNineteenthRoundsLastSet() {
    // a colony named with its ruler's adjective is its successor (colonial in context.tsv), but
    // not where the country's name modifies a noun
    assertEquals(
        List.of("MOZ@11-21/name/actor", "AGO@26-32/name/actor"),
        found("Portuguese Mozambique and Angola won independence in 1975."));
    assertEquals(
        List.of("BEL@4-11/demonym/actor", "UKR@12-19/name/actor"),
        found("The Belgian Ukraine fund bought shells."));
    // a later mention placed inside the country with a compass word is no namesake town
    assertEquals(
        List.of("USA@22-26/subdivision/place", "LBN@88-95/name/actor"),
        found(
            "Residents of Lebanon, Ohio, raised money for families displaced by fighting in"
                + " southern Lebanon."));
    assertEquals(
        List.of("LBN@30-42/landmark/place"), found("Weapons reached depots in the Bekaa Valley."));
  }

  @Test
  void quotedTitlesOfWorksAndAgenciesFromTheTwentyNinthRoundsSportsAndCultureSet() {
    // a title-case quoted span after a word for a work or a performance (work in context.tsv),
    // or after "with" that follows a workwith word, is a work's title
    assertEquals(
        List.of("GEO@37-44/capital/place"),
        found("A choir sang 'Georgia on My Mind' in Tbilisi."));
    // (Sheffield, the city, is a place of its own since places.tsv 2026.12.27)
    assertEquals(
        List.of("GBR@46-55/city/place"),
        found("The band opened with 'Holiday in Cambodia' in Sheffield."));
    // hard-wrapped text puts two spaces between words
    assertEquals(List.of(), found("The band opened  with  'Holiday in Cambodia' at last."));
    assertEquals(List.of(), found("The film 'Return to Kenya' opened."));
    // "of" after a workof word (context.tsv 2026.12.25), not after "series"
    assertEquals(List.of(), found("A screening of 'Hotel Rwanda' drew diplomats."));
    // after a work's word (and its maker's name) a title may hold a comma; alone, a quote with
    // a comma may be speech and keeps its places: "Paris, Texas" 1-13
    assertEquals(
        List.of(), found("A restored print of Wim Wenders' 'Paris, Texas' closed the festival."));
    assertEquals(List.of(), found("The film 'Hiroshima, Mon Amour' opened."));
    assertEquals(
        List.of("USA@1-13/city/place"), found("'Paris, Texas' closed the festival."));
    assertEquals(
        List.of("SYR@24-29/name/actor"),
        found("A series of 'Friends of Syria' meetings followed."));
    // not after a possessive, which owns slogans and policies as often as works, and not
    // quoted speech
    assertEquals(List.of("IND@16-21/name/actor"), found("Modi's 'Make in India' drive grew."));
    assertEquals(
        List.of("UKR@1-7/subdivision/place", "UKR@11-18/name/actor"),
        found("'Crimea is Ukraine,' she said."));
    // space agencies and Wall Street (countries.tsv 2026.12.21), Hollywood (landmarks.tsv
    // 2026.12.4), a Baked Alaska (blockers.tsv 2026.12.28)
    assertEquals(
        List.of("USA@0-4/metonym/actor", "JPN@9-13/metonym/actor", "IND@27-31/metonym/actor"),
        found("NASA and JAXA will fly it; ISRO watched."));
    assertEquals(List.of("USA@0-11/metonym/actor"), found("Wall Street rose."));
    assertEquals(List.of("USA@0-9/landmark/place"), found("Hollywood courted him."));
    assertEquals(List.of(), found("The Baked Alaska was fine."));
  }

  @Test
  void aCountrysNameBeforeATownOfACountryHoldingItsNamesakeABankAndAPresidency() {
    // a country's name, a comma and a town of a country that holds a place of the name
    // (homonyms.tsv: "jordan HKG JOR") is that place
    assertEquals(
        List.of("HKG@28-35/city/place"), found("A fire broke out in Jordan, Kowloon, on Sunday."));
    // not where the country's own town follows
    assertEquals(
        List.of("JOR@9-15/name/actor", "JOR@17-22/capital/place", "EGY@27-32/capital/place"),
        found("Talks in Jordan, Amman and Cairo went on."));
    // a bank's word right before a city's name is a firm (firmbefore, context.tsv)
    assertEquals(List.of(), found("Bank Muscat reported a rise in profit."));
    // Ghana's presidency (countries.tsv 2026.12.52)
    assertEquals(List.of("GHA@0-13/metonym/actor"), found("Jubilee House denied the reports."));
  }

  @Test
  void aUniversitysCampusOrTheRegionsCityNamedAfterTheTownPlacesIt() {
    // "its Athens campus" after the University of Georgia is in Athens, Georgia
    assertEquals(
        List.of("USA@18-25/subdivision/place", "USA@52-58/city/place"),
        found("The University of Georgia will cap enrolment at its Athens campus."));
    // a region that names no university leaves the capital where it is
    assertEquals(
        List.of("USA@16-21/subdivision/place", "RUS@34-40/capital/place"),
        found("The governor of Idaho praised the Moscow campus."));
    // "the Ontario city" after a capital's name says which town it is; "the Texas city of
    // Lufkin" names another town
    assertEquals(
        List.of("CAN@0-8/city/place", "CAN@26-33/subdivision/place"),
        found("Kingston's mayor says the Ontario city will need 6,000 new homes."));
    assertEquals(
        List.of("FRA@13-18/capital/place", "USA@33-38/subdivision/place"),
        found("Flights from Paris landed in the Texas city of Lufkin."));
  }

  @Test
  void theRegionsTownWordOfPlacesThatTownAndNoOther() {
    // "the Texas city of Paris" is that Paris, though Texas is named once
    assertEquals(
        List.of("USA@18-23/subdivision/place", "USA@32-37/city/place"),
        found("Fire crews in the Texas city of Paris said no one was hurt."));
    // the region names Houston its town: Paris, two words before, is France's
    assertEquals(
        List.of("FRA@17-22/capital/place", "USA@37-42/subdivision/place",
            "USA@51-58/city/place"),
        found("Two flights from Paris landed in the Texas city of Houston on Monday."));
    // with no "of", two mentions of the country still move the capital
    assertEquals(
        List.of("USA@0-5/city/place", "USA@24-29/subdivision/place",
            "USA@35-42/city/place"),
        found("Paris police joined the Texas city Houston's task force."));
  }

  @Test
  void appositionsAndNamesOfAnimalsAndShops() {
    // an animal's apposition or naming: the form is its name (context.tsv 2026.12.62)
    assertEquals(
        List.of("USA@78-82/subdivision/place"),
        found("A Rhodesian ridgeback named Kenya took best in show at a kennel club event in"
            + " Ohio."));
    assertEquals(
        List.of("KEN@59-64/name/actor"),
        found("Sudan, the last male northern white rhino, died in 2018 in Kenya."));
    assertEquals(
        List.of("NZL@15-26/name/actor"),
        found("Kathmandu, the New Zealand outdoor-clothing retailer, reported a loss."));
    // an apposition with no such noun, or a noun that does not head it, keeps the country
    assertEquals(
        List.of("SDN@0-5/name/actor"), found("Sudan, the largest country in Africa, held talks."));
    assertEquals(
        List.of("TON@0-5/name/actor"), found("Tonga, the Pacific island chain, voted."));
  }

  @Test
  void aPlaceWordsAppositionOrACountryHoldingTheTownAfterTheName() {
    // a place word's apposition says it is a town wherever its region is
    assertEquals(
        List.of("GBR@24-39/subdivision/place"),
        found("Bethlehem, a village in Carmarthenshire, sees visitors."));
    assertEquals(
        List.of("PHL@18-26/subdivision/place"),
        found("Mexico, a town in Pampanga, is rebuilding its church."));
    // a word for a country is no place word
    assertEquals(
        List.of("JOR@0-6/name/actor", "MIDDLE_EAST@31-42/bloc/actor"),
        found("Jordan, a small country in the Middle East, hosts refugees."));
    // a US state before a country that holds a town of the name, in an apposition
    assertEquals(
        List.of("URY@9-16/name/actor"), found("Florida, Uruguay, declared an emergency."));
    // and not in a list
    assertEquals(
        List.of("USA@14-21/subdivision/place", "CUB@23-27/name/actor", "HTI@32-37/name/actor"),
        found("The storm hit Florida, Cuba and Haiti."));
    // a town word and "of" before a country that holds a town of the name
    assertEquals(
        List.of("BOL@21-28/name/actor"),
        found("Trinidad, capital of Bolivia's Beni department, was cut off by floodwater."));
    // the capital of its own country stays there
    assertEquals(
        List.of("FRA@0-5/capital/place", "FRA@22-28/name/actor"),
        found("Paris, the capital of France, is hot."));
    // Penang's George Town is written Georgetown too (homonyms.tsv 2026.12.29)
    assertEquals(
        List.of("MYS@12-18/subdivision/place"),
        found("Georgetown, Penang's old town, is repainting its shophouses."));
    assertEquals(
        List.of("GUY@0-10/capital/place", "GUY@12-18/name/actor"),
        found("Georgetown, Guyana's capital, flooded."));
  }

  @Test
  void aCitysBuildingOrLandmarkInThePossessiveAndAUniversitysTown() {
    // a city of another country in the possessive owns a building or landmark of the name
    assertEquals(
        List.of("KHM@0-10/capital/place"), found("Phnom Penh's Peace Palace hosted the talks."));
    assertEquals(
        List.of("RUS@0-6/capital/place"), found("Moscow's White House burned in 1993."));
    // a city of its own country leaves it where it is
    assertEquals(
        List.of("FRA@0-5/capital/place", "FRA@8-20/landmark/place"),
        found("Paris's Eiffel Tower was lit."));
    assertEquals(
        List.of("RUS@0-5/city/place", "RUS@8-15/metonym/actor"),
        found("Kazan's Kremlin was restored."));
    // a university named after a town is that town's, whatever region the sentence names
    assertEquals(
        List.of("USA@26-39/subdivision/place", "GBR@83-89/city/place"),
        found("Researchers in Cambridge, Massachusetts, and their colleagues at the University"
            + " of Oxford published the results."));
    assertEquals(
        List.of("USA@30-41/subdivision/place", "USA@45-51/city/place"),
        found("Students at the University of Mississippi in Oxford rallied."));
  }

  @Test
  void bearingsTeamsLanguagesAndPlacesOfTheSixtyEighthRound() {
    // a town named like places of several countries, placed by a bearing from a place of one of
    // them in an apposition, is that one's namesake
    assertEquals(
        List.of("GBR@0-5/city/place", "GBR@24-33/city/place"),
        found("Perth, an hour north of Edinburgh, hosts the curling finals."));
    assertEquals(
        List.of("LBN@0-7/city/place", "LBN@36-42/capital/place"),
        found("Tripoli's old souks, 85 km north of Beirut, reopened."));
    assertEquals(
        List.of("LBN@0-7/city/place", "LBN@21-27/capital/place"),
        found("Tripoli, a port near Beirut, was calm."));
    // no apposition: two places; a bearing from a place of the town's own country: no move
    assertEquals(
        List.of("LBN@13-19/capital/place", "LBY@23-30/capital/place"),
        found("Flights from Beirut to Tripoli resumed."));
    assertEquals(
        List.of("AUS@0-5/city/place", "AUS@16-22/city/place"),
        found("Perth, north of Sydney, was hot."));
    // a city's side that drew with a score after it, a city's player who scored in a sentence
    // with a game's score; a capital's diplomatic score stays
    assertEquals(List.of(), found("Red Star Belgrade drew 1-1 with Partizan."));
    assertEquals(
        List.of("BOL@40-46/capital/place"),
        found("Lima scored twice as Bolivar won 3-1 in La Paz."));
    assertEquals(
        List.of("CHN@0-7/capital/place"), found("Beijing scored a diplomatic victory."));
    // languages: a people's word after an opening phrase's comma said to be a language, one
    // beside languages named before, and a list followed by a word of time
    assertEquals(
        List.of(), found("Twenty years on, Albanian is a co-official language there."));
    assertEquals(
        List.of(), found("Quechua and Aymara are official languages alongside Spanish."));
    assertEquals(
        List.of(), found("The glassworks offers tours in English and German every afternoon."));
    assertEquals(
        List.of("FRA@16-22/demonym/actor"), found("He wrote in the French daily Le Monde."));
    // a bank named after a city (context.tsv 2026.12.65), a province named with a country's
    // name, a club, a cheese (blockers.tsv 2026.12.66)
    assertEquals(
        List.of("ARE@38-43/city/place"), found("Deposits of Kabul Bank were traced to Dubai."));
    assertEquals(
        List.of("IRN@11-29/subdivision/place"),
        found("Farmers in Iranian Azerbaijan blame the dams."));
    assertEquals(List.of(), found("Hellas Verona appointed a coach."));
    assertEquals(List.of(), found("The board has aged Gouda and Brie."));
    // Saint Barthelemy, an ISO territory (countries.tsv 2026.12.55); the Tobago Cays are Saint
    // Vincent's (landmarks.tsv 2026.12.55); Somalia's regions by their English names and a
    // walled port (places.tsv 2026.12.32)
    assertEquals(
        List.of("BLM@12-20/alias/actor", "BLM@37-45/capital/place"),
        found("New Year in St Barts means yachts in Gustavia."));
    assertEquals(
        List.of("VCT@26-37/landmark/place"), found("The schooner calls at the Tobago Cays."));
    assertEquals(
        List.of("SOM@19-33/subdivision/place", "HRV@43-52/city/place"),
        found("Fighting spread in Lower Shabelle and near Dubrovnik."));
    // the regions of Georgia and the provinces of Armenia by their English names (places.tsv
    // 2026.12.33)
    assertEquals(
        List.of("ARM@25-31/subdivision/place", "GEO@51-58/subdivision/place"),
        found("Shelling hit villages in Syunik, and wine tours in Kakheti stopped."));
  }

  @Test
  void peoplesWordsTitleCaseFirmsAndPluralTeamsOfTheSixtyNinthRound() {
    // a people's word and a lower-case noun is a place of that people's country, not the place
    // of another country named with both capitals
    assertEquals(
        List.of("ESP@23-30/demonym/actor"),
        found("Workers cross from the Spanish town of La Linea."));
    assertEquals(
        List.of("JAM@16-28/city/place", "JAM@30-37/name/actor"),
        found("She was born in Spanish Town, Jamaica."));
    // a longer name, or a name of the people's own country, keeps its country in lower case
    assertEquals(
        List.of("DDR@4-30/historic/actor", "TCA@39-63/name/actor"),
        found("the German Democratic republic and the Turks and Caicos islands"));
    assertEquals(List.of("PSE@4-27/alias/actor"), found("the Palestinian territories"));
    // a title-case headline capitalises "of": a bank and a gulf named after a place
    assertEquals(List.of(), found("Bank Of Montreal Profit Beats Estimates"));
    assertEquals(List.of(), found("Gulf Of Thailand Fishing Fleet Ties Up"));
    // but a capitalised "Of" in prose is not read so
    assertEquals(
        List.of("CAN@8-16/city/place"), found("Bank Of Montreal, wrote the sign painter."));
    // a city with a verb in the plural, in a sport's sentence, is its club; in the singular, or
    // in no sport's sentence, the city
    assertEquals(
        List.of("MEX@11-18/demonym/actor"), found("Porto sign Mexican striker in big deal"));
    assertEquals(
        List.of("PRT@0-5/city/place", "FRA@33-37/city/place"),
        found("Porto signs a twinning deal with Lyon."));
    assertEquals(
        List.of("FRA@0-4/city/place"), found("Lyon face a tough winter as gas prices rise."));
    // the Pan American Health Organization, the Pan American Highway (blockers.tsv 2026.12.67)
    assertEquals(
        List.of("BRA@45-51/name/actor"),
        found("The Pan American Health Organization praised Brazil."));
  }

  @Test
  void namesReadBeforeSharedNounsLanguagesAndFirmsOfTheSeventiethRound() {
    // a given name read once (an age, given names before one surname) is the person again alone
    // at a clause's start, an ambiguous form too
    assertEquals(
        List.of("NZL@40-47/city/place", "NZL@123-134/name/actor", "MNE@138-148/name/actor"),
        found(
            "Siblings Georgia and Jordan Matagi from Porirua took both titles. Georgia, 16, won"
                + " all seven games. Georgia will represent New Zealand in Montenegro."));
    // a team's city and a horse's name, the same
    assertEquals(
        List.of("GBR@38-45/landmark/place"),
        found(
            "Real Madrid beat Borussia Dortmund at Wembley. Dortmund had the better of the first"
                + " half."));
    assertEquals(
        List.of(),
        found(
            "Mongolia Express, a four-year-old colt, won the race. Mongolia Express will now be"
                + " rested."));
    // but not after a preposition of place, nor before what only a state has (statenoun in
    // context.tsv 2026.12.68 adds president)
    assertEquals(
        List.of("DEU@42-50/city/place"),
        found("Borussia Dortmund lost at home. Police in Dortmund said fans were arrested."));
    assertEquals(
        List.of("KEN@44-49/name/actor"),
        found(
            "Kenya, a four-year-old colt, won the Derby. Kenya's president congratulated the"
                + " runners."));
    // names listed before a common noun the gazetteer blocks with the first of them share it
    assertEquals(List.of(), found("Jersey and Guernsey cows may be smaller than Holsteins."));
    assertEquals(List.of(), found("He keeps Jersey, Guernsey and Holstein cows."));
    assertEquals(
        List.of("JEY@0-6/name/actor", "GGY@11-19/name/actor"),
        found("Jersey and Guernsey voted to keep the pound."));
    // a language after a verb's cue, then "from" or "at" (langprev adds teaches, learns,
    // studies); a people's plural stays its country
    assertEquals(List.of(), found("Pupils will learn Indonesian from their first year."));
    assertEquals(List.of("FRA@34-38/city/place"), found("She teaches French at a school in Lyon."));
    assertEquals(List.of("KEN@15-22/demonym/actor"), found("She will teach Kenyans from next year."));
    // a firm's longer name after a city's (firmlast in context.tsv), not in a title-case line
    assertEquals(
        List.of(),
        found("Copenhagen Infrastructure Partners has taken a final investment decision."));
    assertEquals(List.of(), found("Abu Dhabi Commercial Bank raised its dividend."));
    assertEquals(List.of("CHN@0-7/capital/place"), found("Beijing Hosts Shipping Summit"));
    // a province named like the country before "state" or, after a list, "states"; a country
    // with no such province keeps its name
    assertEquals(List.of("NGA@23-34/subdivision/place"), found("students were taken in Niger state."));
    assertEquals(
        List.of("NGA@35-42/subdivision/place", "NGA@47-59/subdivision/place"),
        found("hundreds of students were taken in Zamfara and Niger states."));
    assertEquals(List.of("KWT@4-10/name/actor"), found("The Kuwait state budget fell."));
    assertEquals(List.of("NER@0-5/name/actor"), found("Niger state media reported the coup."));
    // a ship named in an apposition after a vessel's word, a horse by where it was trained, a
    // band after "rockers" (namer in context.tsv 2026.12.69); a people's word after "-trained" is the people
    assertEquals(List.of(), found("A container ship, the Valparaiso Express, lost power."));
    assertEquals(
        List.of("YEM@56-60/city/place"),
        found("The vessel, the Marlin Luanda, was struck south-east of Aden."));
    assertEquals(
        List.of("IRL@4-9/demonym/actor"),
        found("The Irish-trained Japan, a 6-1 chance, stayed on for third."));
    assertEquals(
        List.of("USA@0-2/abbreviation/actor", "AFG@11-17/demonym/actor"),
        found("US-trained Afghan forces fled."));
    assertEquals(
        List.of("GBR@0-7/demonym/actor", "GBR@34-44/city/place"),
        found("British rockers Japan reunited in Manchester."));
  }

  @Test
  void placesLanguagesAndNamesakeTownsOfTheSixtySeventhRound() {
    // places.tsv 2026.12.30: the generator folds ø, ł, đ and ı to a base letter as the matcher
    // does, so Łódź (three letters once its ł was dropped) and Tromsø (a name rare as "tromso")
    // come in, and read written either way
    assertEquals(
        List.of("POL@8-12/city/place", "POL@29-33/city/place", "NOR@38-44/city/place"),
        found("Born in Łódź, she studied in Lodz and Tromsø."));
    assertEquals(List.of("NOR@13-19/city/place"), found("A plane from Tromso landed."));
    // a city news names by a fuller or an English name than GeoNames gives (places.tsv
    // 2026.12.31); "Cartagena" alone is Spain's too, so it stays out
    assertEquals(
        List.of("COL@19-38/city/place", "TKM@49-61/city/place"),
        found("Cruise arrivals in Cartagena de Indias rose, and Turkmenbashi port grew."));
    assertEquals(List.of(), found("Cartagena beat Valencia."));
    // but a province whose folded name is a word of English is left out ("agri" in STOP)
    assertEquals(List.of(), found("The Agri Investment Forum opened in March."));
    // an everyday place at a sentence's start before a verb that needs a subject (placeverb in
    // context.tsv 2026.12.63: recorded, reported, announced, declared, welcomed, voted, elected)
    assertEquals(
        List.of("USA@0-9/city/place"),
        found("Anchorage recorded its snowiest December since 1955, the weather service said."));
    assertEquals(List.of("HRV@0-5/city/place"), found("Split voted to ban cruise ships."));
    assertEquals(List.of(), found("Nice weather welcomed the runners."));
    // a country's name after "the town of" or "the village of", placed in a region after it,
    // is a namesake town's
    assertEquals(
        List.of("USA@22-27/subdivision/place"),
        found("The town of Norway in Maine held its annual snowshoe festival."));
    assertEquals(
        List.of("USA@24-28/subdivision/place"),
        found("The village of Lebanon, Ohio, voted on Tuesday."));
    // not with no place after it, nor a city-state's city
    assertEquals(List.of("NOR@12-18/name/actor"), found("The town of Norway in winter is dark."));
    assertEquals(
        List.of("SGP@24-33/name/actor"), found("He moved to the city of Singapore in May."));
    // clubs of Poland and Scandinavia (context.tsv 2026.12.64), an airline and a beer named
    // after places (blockers.tsv 2026.12.65)
    assertEquals(
        List.of(), found("Lech Poznań and Legia Warszawa drew 1-1 in front of a sold-out crowd."));
    assertEquals(List.of(), found("Malmö FF clinched the title after a 2-0 win."));
    assertEquals(List.of("POL@12-18/city/place"), found("Students in Kraków marched."));
    assertEquals(
        List.of("JPN@39-44/city/place"),
        found("Cebu Pacific will add daily flights to Osaka from October."));
    assertEquals(List.of(), found("Kilimanjaro Premium Lager raised its price."));
    assertEquals(
        List.of("TZA@12-23/landmark/place"), found("Climbers on Kilimanjaro were rescued."));
    // a list of languages closed by its own "and", then "and" and a verb: the subject's next act
    assertEquals(
        List.of(),
        found("The new field director speaks Portuguese, Swahili and Arabic and starts in the"
            + " role on Monday."));
    assertEquals(
        List.of(), found("She speaks Swahili, Arabic and Portuguese and joined the team in May."));
    assertEquals(List.of("FRA@31-35/city/place"), found("She speaks French and lives in Lyon."));
    // "in" and a list of one, or not closed by its own "and": people's adjectives before a noun
    assertEquals(
        List.of("FRA@12-18/demonym/actor"), found("Troops were French and allied forces."));
    assertEquals(
        List.of("FRA@3-9/demonym/actor"), found("In French and allied media the raid led."));
    assertEquals(
        List.of("RUS@26-33/demonym/actor", "BLR@35-45/demonym/actor"),
        found("The report was carried in Russian, Belarusian and foreign media."));
  }

  @Test
  void provincesUnderRegionsAndSeatsAndClubsOfTheSixtySixthRound() {
    // second-level subdivisions of the Philippines and Indonesia (places.tsv 2026.12.29),
    // under their English names too
    assertEquals(
        List.of("PHL@13-19/subdivision/place", "PHL@24-32/subdivision/place",
            "IDN@49-61/subdivision/place", "IDN@66-70/subdivision/place"),
        found("Rains lashed Cavite and Pampanga, and floods hit Central Java and Riau."));
    // a province named with an English word is left out
    assertEquals(List.of(), found("Antique dealers gathered at the fair."));
    // state bodies and seats (countries.tsv 2026.12.53)
    assertEquals(
        List.of("GBR@0-5/metonym/actor", "LKA@29-41/metonym/actor", "MYS@46-57/metonym/actor"),
        found("Ofcom fined the broadcaster; Temple Trees and Wisma Putra issued statements."));
    // blockers.tsv 2026.12.63: an island, a region, a river, firms and clubs
    assertEquals(
        List.of("TCA@27-37/city/place"), found("A cruise pier will open on Grand Turk next year."));
    assertEquals(
        List.of("ETH@0-13/subdivision/place", "ETH@42-46/subdivision/place"),
        found("Somali Region special forces clashed with Afar militia."));
    assertEquals(
        List.of("SOM@0-6/demonym/actor"), found("Somali forces clashed with militants."));
    assertEquals(
        List.of("CAN@40-47/city/place"), found("Shares of Toronto-Dominion Bank fell in Toronto."));
    assertEquals(List.of(), found("Crocodiles have been seen in the Limpopo since the floods."));
    assertEquals(List.of("ZAF@11-18/subdivision/place"), found("Floods hit Limpopo province."));
    assertEquals(List.of(), found("Raja Casablanca beat Wydad 2-1."));
    assertEquals(List.of("MAR@8-18/city/place"), found("Fans in Casablanca celebrated."));
    assertEquals(List.of(), found("The Kalinga Prize went to a biologist."));
    assertEquals(List.of(), found("Manila envelopes were stolen."));
    assertEquals(List.of("ITA@28-32/capital/place"), found("Emily in Paris will film in Rome."));
  }

  @Test
  void aSentenceThatTellsOfItsYearOperationsAndTheRoyalAirForce() {
    // in a text of unknown date, a sentence that tells of a year of the Soviet Union's time
    // speaks of it by its seat
    assertEquals(
        List.of("SUN@20-27/metonym/actor", "CUB@65-69/name/actor"),
        found("In October 1962 the Kremlin agreed to withdraw its missiles from Cuba."));
    // not a year further on, another clause's, nor a year before the state
    assertEquals(
        List.of("RUS@4-11/metonym/actor"),
        found("The Kremlin said on Monday that in 1962 it had acted."));
    assertEquals(List.of("RUS@8-14/capital/place"), found("In 1905 Moscow was in revolt."));
    // a text of known date is read by that date
    assertEquals(
        List.of("RUS@20-27/metonym/actor", "CUB@65-69/name/actor"),
        foundIn(2024, "In October 1962 the Kremlin agreed to withdraw its missiles from Cuba."));
    // an operation's code name after a town names no place; after a country it says where
    assertEquals(
        List.of("GBR@36-39/metonym/actor", "FRA@54-60/city/place"),
        found("Operation Jericho, the 1944 raid by RAF Mosquitoes on Amiens prison."));
    assertEquals(
        List.of("NAM@36-43/name/actor"), found("We must make a success of Operation Namibia."));
    // "RAF" in its case only (countries.tsv 2026.12.54)
    assertEquals(List.of(), found("Raf Simons showed his collection."));
    assertEquals(
        List.of("GBR@31-45/metonym/actor", "RUS@55-63/landmark/place"),
        found("A former officer who worked at Vauxhall Cross said the Lubyanka had spent years"
            + " cultivating sources."));
    // a compass word before a region in the possessive
    assertEquals(
        List.of("LBN@29-36/name/actor"),
        found("Clashes in Tripoli, northern Lebanon's largest city, killed three people."));
    // a state's foreign minister or prime minister is the country's (ambiguous.tsv 2026.12.8);
    // its governor is the US state's
    assertEquals(
        List.of("GEO@0-7/name/actor", "USA@33-40/city/place"),
        found("Georgia's prime minister flew to Atlanta to open a consulate."));
    assertEquals(
        List.of("USA@0-7/subdivision/place", "USA@38-45/city/place"),
        found("Georgia's governor signed the bill in Atlanta."));
  }

  @Test
  void aCountrysNameInOrOnTheCoastOfACountryThatHoldsSuchATown() {
    // after "on" and the coast of a country holding a town of the name, the name is that town
    assertEquals(
        List.of("CUB@13-17/name/actor"),
        found("Trinidad, on Cuba's southern coast, has cobbled streets."));
    // and after "in" with a compass word
    assertEquals(
        List.of("CUB@21-25/name/actor"),
        found("Trinidad, in central Cuba, is a heritage site."));
    // a country that holds no town of the name leaves the first country where it is
    assertEquals(
        List.of("JOR@0-6/name/actor", "ISR@11-17/name/actor"),
        found("Jordan, on Israel's eastern border, hosts refugees."));
    // "on" before a country's name that no coast follows is no placing
    assertEquals(
        List.of("TTO@0-8/alias/actor", "CUB@20-24/name/actor"),
        found("Trinidad, on behalf Cuba's envoys, spoke."));
  }

  @Test
  void aCountrysNameAfterTheCityOfAHomeNationsSideAndTheIrishPolice() {
    // after "the city of" a country's name is a town where the region named after it holds one
    assertEquals(
        List.of("COL@46-54/name/actor"),
        found("A quake shook the city of Armenia, in western Colombia."));
    // a home nation's side names it, as "Australia beat England" does
    assertEquals(
        List.of("GBR@19-26/subdivision/place"), found("She was picked for England's netball squad."));
    // the Garda (countries.tsv 2026.12.51) and Cork (places.tsv 2026.12.28)
    assertEquals(
        List.of("IRL@0-6/metonym/actor", "IRL@10-14/city/place"),
        found("Gardaí in Cork appealed for witnesses."));
    // "Town" after a place in a sport's sentence is a club (context.tsv 2026.12.61)
    assertEquals(List.of(), found("Jordan Ellis scored twice as Halifax Town beat Gateshead 3-0."));
  }

  @Test
  void papersNamedForWhenTheyComeOutPeopleAfterAWordOfWorkAndKnitsNameNoCountry() {
    // a paper's word after a word for when it comes out (PAPER_TIMES)
    assertEquals(List.of(), found("The Sydney Morning Herald's correspondent is leaving."));
    assertEquals(List.of("AUS@13-19/city/place"), found("It rained in Sydney on Sunday morning."));
    // a word of work, a form and a capitalised word that is no form: a person
    assertEquals(List.of(), found("The novelist China Mieville will chair the panel."));
    assertEquals(List.of("BRA@10-16/name/actor"), found("The coach Brazil hired has left."));
    // a given name before a town's name (Jude, context.tsv 2026.12.60); a knitted fabric
    assertEquals(List.of(), found("Jude Bellingham headed in the equaliser."));
    assertEquals(List.of(), found("A Jersey-knit cardigan completes the look."));
  }

  @Test
  void aTownAndItsStateBeforeTheSentencesSubjectIsTheTownNotAList() {
    // "the" and capitalised words that go on with no list open the sentence's subject
    assertEquals(
        List.of("USA@18-27/subdivision/place"),
        found("Homes in Lebanon, Tennessee, the National Weather Service said."));
    // "the" and a region's name before a comma go on with a list: Bolivia is the country
    assertEquals(
        List.of("BOL@19-26/name/actor", "USA@28-38/subdivision/place", "ESP@58-63/name/actor"),
        found("Fires broke out in Bolivia, California, the Caribbean and Spain."));
  }

  @Test
  void namesAfterAFamilysPluralOrAnArticleAndAWordOfKinArePeople() {
    // a family's plural before two given names, and "a" and a word of kin before a comma
    assertEquals(
        List.of(),
        found("Survived by their daughters India and Florence, and by a grandson, Austin."));
    // the plurals of work and "children" go before a country that is their sentence's subject
    assertEquals(
        List.of("CUB@12-16/name/actor", "SYR@47-52/name/actor"),
        found("The doctors Cuba sends abroad and the children Syria hosts."));
  }

  @Test
  void largeCitiesNamedLikeWordsOrPeopleArePlacesUnlessAPersonOrAThingIsMeant() {
    // places.tsv 2026.12.27: large cities whose names are also surnames, given names or words
    assertEquals(
        List.of("USA@10-17/city/place"), found("Police in Houston said two men were held."));
    assertEquals(
        List.of("GBR@25-34/city/place", "GBR@39-46/city/place"),
        found("Flooding closed roads in Sheffield and Bristol."));
    assertEquals(List.of("USA@15-21/city/place"), found("The council in Austin met on Monday."));
    assertEquals(List.of("GBR@12-18/city/place"), found("Students at Oxford protested."));
    assertEquals(List.of("GBR@10-15/city/place"), found("Police in Derry said a car was burnt."));
    // a given name before the city's name, or a surname after a given name's, is a person
    assertEquals(List.of(), found("Whitney Houston sang the anthem."));
    assertEquals(List.of(), found("Austin Powers returned to the screen."));
    // things named after the city (blockers.tsv 2026.12.61), and a firm (context.tsv 2026.12.60)
    assertEquals(List.of(), found("Portland cement prices rose."));
    assertEquals(List.of(), found("Oxford University Press printed it."));
    assertEquals(List.of(), found("Shares in Boston Scientific fell."));
  }

  @Test
  void aStateAfterATownOfItsCountryAndACommaIsTheState() {
    // "Atlanta" 0-7, "Georgia" 9-16, "Tbilisi" 47-54, "Georgia" 60-67: the town places the first
    // Georgia whatever the tied cues say; the second, not after a town, is the country as before
    assertEquals(
        List.of(
            "USA@0-7/city/place",
            "USA@9-16/subdivision/place",
            "GEO@47-54/capital/place",
            "GEO@60-67/name/actor"),
        found(
            "Atlanta, Georgia, hosted the trade fair, while Tbilisi said Georgia would join the"
                + " talks."));
    // a town of the other country before the comma leaves the country ("Tbilisi, Georgia")
    assertEquals(
        List.of("GEO@0-7/capital/place", "GEO@9-16/name/actor"),
        found("Tbilisi, Georgia, hosted the talks."));
  }

  @Test
  void aSurnameSaidAgainBeforeWhatOnlyAStateHasIsTheCountry() {
    // "Jordan's foreign minister": a person has no foreign minister (statenoun in context.tsv)
    assertEquals(
        List.of("JOR@30-36/name/actor"),
        found("Michael Jordan met the press. Jordan's foreign minister said no."));
    assertEquals(
        List.of("NZL@16-27/name/actor", "NLD@35-42/alias/actor"),
        found("Ruth Holland of New Zealand spoke. Holland\u2019s government said no."));
    // what a person may have too leaves the surname
    assertEquals(List.of(), found("Michael Jordan met the press. Jordan's team won."));
    assertEquals(List.of(), found("Michael Jordan met the press. Jordan's shoes sold out."));
  }

  @Test
  void surnamesSaidAgainAndPlacesFromTheThirtiethRoundsSets() {
    // a form read as a person's surname is that person again as a later sentence's subject,
    // unless the text names the country another way (context.tsv 2026.12.26)
    assertEquals(
        List.of("NZL@16-27/name/actor"),
        found("Ruth Holland of New Zealand spoke. Holland said talks went well."));
    assertEquals(List.of(), found("Judge Naomi Israel ruled. Israel found the claim weak."));
    assertEquals(
        List.of("KEN@46-51/name/actor", "KEN@70-87/alias/actor"),
        found(
            "Mr. Guido de Marco Kenya's thanks came first. Kenya is confident. The Republic of"
                + " Kenya agrees."));
    // a demonym only before punctuation, a possessive, "who" or a reporting verb
    assertEquals(
        List.of("GBR@44-49/city/place"),
        found("Rachel French said no. French, who sits for Leeds, voted."));
    assertEquals(
        List.of("FRA@23-29/demonym/actor"),
        found("Rachel French said no. French officials agreed."));
    // a given name that is a form, then a common surname or a city of another country
    assertEquals(List.of(), found("Victoria Berlin retired."));
    assertEquals(List.of(), found("Kenya Matsumoto scored twice."));
    assertEquals(List.of(), found("Jordan Holland scored 31 points."));
    // more given names and titles of work
    assertEquals(List.of(), found("Prosecutor Chad Ireland spoke."));
    assertEquals(
        List.of("ESP@39-44/name/actor"),
        found("Mika Nagano won. Nagano, 19, will meet Spain's Lucia Ferrer."));
    // the region in parentheses; an apposition with a hyphenated word; "called" after a venue;
    // a building on a street; a newspaper
    assertEquals(List.of("LBN@18-25/name/actor"), found("Ships at Tripoli (Lebanon) wait."));
    assertEquals(List.of(), found("The Kremlin, a late-night restaurant, shut."));
    assertEquals(List.of(), found("He tended bar at a club called the Pentagon."));
    assertEquals(List.of("GEO@17-24/name/actor"), found("A country called Georgia."));
    assertEquals(List.of(), found("The White House on Church Road applied."));
    assertEquals(List.of(), found("The Manchester Guardian reported it."));
    // places.tsv 2026.12.15, landmarks.tsv 2026.12.5, blockers.tsv 2026.12.29
    assertEquals(
        List.of("FRA@14-20/city/place", "GBR@30-40/city/place"),
        found("The summit in Cannes ended in Manchester."));
    assertEquals(List.of("USA@17-26/subdivision/place"), found("Rain fell on the Carolinas."));
    assertEquals(List.of("GBR@13-21/landmark/place"), found("He landed at Heathrow."));
    assertEquals(List.of(), found("It was double Dutch to me."));
  }

  @Test
  void givenNamesSaidAgainProvincesAndDemonymNounsFromTheThirtiethRoundsLastSet() {
    // a form read as a given name is that person again too, and a closing quote ends a clause
    assertEquals(
        List.of("USA@33-42/city/place"),
        found(
            "Israel Ventura kept his title in Las Vegas. \u201cIsrael fought a perfect fight,"
                + "\u201d his trainer said."));
    assertEquals(
        List.of(), found("Owen Wales won. \u201cI kept throwing,\u201d Wales said."));
    // a lower-case word of work before a given name and a surname
    assertEquals(
        List.of("DEU@39-46/historic/actor"),
        found("The historian Harriet England wrote on Prussia. England traces its wars."));
    // a Canadian province's abbreviation after a town (caabbr in context.tsv), then the same
    // town later in the text
    assertEquals(
        List.of("CAN@0-12/city/place", "CAN@15-21/city/place"),
        found("LONDON, Ont. - London police charged a man."));
    // and a town no list holds, as a US state's abbreviation does ("Smyrna, Tenn.")
    assertEquals(
        List.of("CAN@15-28/city/place"), found("Researchers in Cobourg, Ont., said so."));
    // a plain quotation mark opens a clause too
    assertEquals(
        List.of("HUN@43-51/capital/place"),
        found(
            "Sydney Sweeney stars in a thriller shot in Budapest. 'Sydney is fearless,' the"
                + " director said."));
    // a namesake town is that town earlier in the text as well
    assertEquals(
        List.of("CAN@0-6/city/place", "CAN@48-60/city/place"),
        found(
            "London police are investigating a break-in. The London, Ont., force asked for"
                + " footage."));
    // blockers.tsv 2026.12.30, landmarks.tsv 2026.12.6
    assertEquals(List.of(), found("They recalled packs of chicken Kiev."));
    assertEquals(
        List.of("GBR@11-23/landmark/place"), found("Lenders in Canary Wharf brace for rules."));
    // demonym nouns (countries.tsv 2026.12.22)
    assertEquals(
        List.of("NLD@4-12/demonym/actor", "GBR@28-38/demonym/actor"),
        found("The Dutchman took pole; two Englishmen followed."));
  }

  @Test
  void seatsOfGovernmentHeadlinesInCapitalsAndSubdivisionsFromTheThirtySecondRoundsSets() {
    // seats of government (countries.tsv 2026.12.23) and the Duma with its article (blockers.tsv
    // 2026.12.31): Duma alone is also Douma in Syria
    assertEquals(
        List.of("DEU@0-16/metonym/actor"),
        found("Schloss Bellevue said the president would sign."));
    assertEquals(
        List.of("ECU@4-25/metonym/actor"),
        found("The Palacio de Carondelet said a state of emergency would be decreed."));
    assertEquals(
        List.of("GBR@0-8/metonym/actor", "GBR@13-21/metonym/actor"),
        found("Holyrood and Stormont refused consent."));
    assertEquals(
        List.of("RUS@0-8/metonym/actor", "SYR@49-57/capital/place"),
        found("The Duma passed the bill; shelling hit Duma near Damascus."));
    // a sea named after a town, and a system of government named after Westminster
    assertEquals(List.of(), found("Ships cross the Sea of Azov."));
    assertEquals(
        List.of("FJI@0-4/name/actor"),
        found("Fiji has a Westminster system of government."));
    // a subdivision named like a town of another country moves after that country's subdivision,
    // not after its name
    assertEquals(
        List.of("MEX@0-6/city/place", "MEX@23-30/subdivision/place"),
        found("M\u00e9rida, the capital of Yucat\u00e1n, draws remote workers."));
    assertEquals(
        List.of("HND@20-28/name/actor", "USA@42-49/subdivision/place"),
        found("Alvarez was born in Honduras and moved to Arizona at age 9."));
    // a headline in capitals: a common surname after a given-name form, a given name before one,
    // and a given name that is an everyday word
    assertEquals(List.of(), found("CHAD SMITH AMONG GUESTS AT GALA"));
    assertEquals(List.of("USA@26-33/city/place"), found("MICHAEL JORDAN RETURNS TO CHICAGO"));
    assertEquals(List.of("UKR@12-19/name/actor"), found("BILL TO AID UKRAINE PASSES"));
    // after "a": a common surname or a surname's shape (O', Mc, Mac)
    assertEquals(List.of(), found("A Georgia O'Keeffe painting sold for $44 million."));
    assertEquals(List.of(), found("It was a Jordan McAllister goal."));
    // an abbreviation that spells a word is doubtful only in a line all in capitals
    assertEquals(List.of("FRA@19-24/capital/place"), found("CAR-FREE SUNDAY IN PARIS"));
    assertEquals(
        List.of("CAF@0-3/abbreviation/actor", "CAF@17-23/capital/place"),
        found("CAR REBELS SEIZE BANGUI SUBURB"));
    assertEquals(List.of("CAF@0-3/abbreviation/actor"), found("CAR's president met rebels."));
    // hashtags in camel case are read with their words apart, by every rule
    assertEquals(
        List.of("UKR@21-28/name/actor", "KEN@31-36/name/actor"),
        found("Posts with #StandWithUkraine, #Kenya2024 and #JordanPeele rose."));
  }

  @Test
  void townsOfWarAndTheSeatsOfDissolvedStatesFromTheThirtySecondRoundsLastSets() {
    // places.tsv 2026.12.16: towns of war and unrest as English news spells them; contested.tsv
    // 2026.12.2: more towns of Gaza and the West Bank; Tyre is a word at a sentence's start
    assertEquals(
        List.of("SYR@20-25/city/place", "IRQ@29-37/city/place", "MAR@39-48/city/place"),
        found("Clashes spread from Raqqa to Fallujah; Marrakech hosted the talks."));
    assertEquals(
        List.of("PSE@12-19/subdivision/place", "PSE@24-31/subdivision/place"),
        found("Strikes hit Jabalia and Tulkarm."));
    assertEquals(List.of(), found("Tyre prices rose."));
    assertEquals(List.of("LBN@13-17/city/place"), found("Shelling hit Tyre overnight."));
    // a company (blockers.tsv 2026.12.31) and the People's Liberation Army's initials
    assertEquals(List.of(), found("Bethlehem Steel closed a mill."));
    assertEquals(List.of("CHN@2-5/metonym/actor"), found("A PLA jet flew close."));
    // a seat of a dissolved state's successor is that state in a text that names it and never
    // names the successor; not where it is named as past ("former Soviet")
    assertEquals(
        List.of("SUN@8-14/capital/place", "SUN@20-26/historic/actor", "CSK@38-52/historic/actor"),
        found("In 1968 Moscow sent Soviet tanks into Czechoslovakia."));
    assertEquals(
        List.of("RUS@4-11/metonym/actor", "SUN@27-33/historic/actor"),
        found("The Kremlin courted former Soviet republics."));
    assertEquals(
        List.of("RUS@0-6/capital/place", "RUS@11-17/name/actor", "SUN@30-42/historic/actor"),
        found("Moscow and Russia signed; the Soviet Union was gone."));
  }

  @Test
  void listsOfLanguagesAndPlacesFromTheThirtySecondRoundsFinalSet() {
    // a list that holds a language no people is named by is a list of languages (context.tsv
    // 2026.12.28); a colonial capital, an animal and a harbour (blockers.tsv 2026.12.31)
    assertEquals(
        List.of(),
        found("The app supports Swahili, Amharic, Hausa and Portuguese for voice searches."));
    assertEquals(
        List.of("GTM@17-34/city/place"), found("Officials met in Antigua Guatemala."));
    assertEquals(List.of(), found("The zoo's Siberian tigers were named."));
    assertEquals(
        List.of("PLW@22-36/landmark/place"), found("A destroyer docked at Malakal Harbor."));
    // a second language cue after "and" closes a list of languages
    assertEquals(
        List.of(), found("The novel, written in Georgian and translated into English, won."));
    // a country's name in the possessive and a place word name its namesake place
    assertEquals(
        List.of(
            "GRC@10-16/name/actor",
            "GRC@19-28/city/place",
            "BEL@40-47/name/actor",
            "BEL@50-60/city/place"),
        found("Fires hit Greece's Macedonia region and Belgium's Luxembourg province."));
  }

  @Test
  void pluralsCentralBanksAndClassesFromTheThirtyThirdRound() {
    // a demonym of several words takes its plural too, and "Czech" its own (Gazetteer.plural
    // leaves out words ending in "ch")
    assertEquals(
        List.of("ZAF@0-14/demonym/actor", "PRK@19-32/demonym/actor", "CZE@40-46/demonym/actor"),
        found("South Africans and North Koreans voted; Czechs did too."));
    // central banks stand for their state (countries.tsv 2026.12.24); "Fed" at a sentence's
    // start before "by" is the verb (blockers.tsv 2026.12.32)
    assertEquals(
        List.of(
            "USA@4-7/abbreviation/actor",
            "DEU@29-39/metonym/actor",
            "GBR@44-63/metonym/actor"),
        found("The Fed held rates while the Bundesbank and Threadneedle Street waited."));
    assertEquals(List.of(), found("Fed by lavish supplies, the rebels advanced."));
    // a class of ships named after a place names no place
    assertEquals(List.of(), found("The navy retires its Victoria-class boats."));
    // a given name before a demonym makes it a surname
    assertEquals(List.of(), found("Volker Türk told the Council."));
  }

  @Test
  void coloniesDissolvedStatesAndWorksFromTheThirtyThirdRound() {
    // the ruler's adjective before a colony's word and "of" counts for nothing (context.tsv
    // colony, 2026.12.29); the plural keeps the ruler
    assertEquals(
        List.of("BWA@28-40/historic/actor", "BWA@48-56/name/actor"),
        found("The British protectorate of Bechuanaland became Botswana."));
    assertEquals(
        List.of("PRT@4-14/demonym/actor", "AGO@27-33/name/actor", "MOZ@38-48/name/actor"),
        found("The Portuguese colonies of Angola and Mozambique rose."));
    // a dissolved state named after its end places the text after it: Moscow is Russia's
    assertEquals(
        List.of("SUN@26-38/historic/actor", "UZB@40-48/capital/place", "RUS@61-67/capital/place"),
        found("Since the collapse of the Soviet Union, Tashkent has courted Moscow."));
    // quoted titles after more words for works (context.tsv workof and workwith)
    assertEquals(List.of(), found("A restored print of \"Casablanca\" opens the festival."));
    assertEquals(List.of(), found("The strand opens with 'Road to Zanzibar', a 1941 comedy."));
  }

  @Test
  void riversRegionsAndIslandsFromTheThirtyThirdRound() {
    // the Blue Nile after "on the" is the river; without the article, Sudan's state
    assertEquals(
        List.of("ETH@0-8/name/actor", "SDN@58-67/subdivision/place"),
        found("Ethiopia built a dam on the Blue Nile; fighting spread in Blue Nile state."));
    assertEquals(List.of("USA@16-28/city/place"), found("Storm surge hit Mexico Beach."));
    // the Pacific's three regions in a list
    assertEquals(
        List.of(), found("Churches across Micronesia, Melanesia and Polynesia run schools."));
    // Grenada's islands (places.tsv 2026.12.17), one of them named like Martinique
    assertEquals(
        List.of("GRD@10-19/subdivision/place", "GRD@24-41/subdivision/place"),
        found("Beryl hit Carriacou and Petite Martinique."));
  }

  @Test
  void regionalPressFormsFromTheThirtyThirdRoundsLastSet() {
    // South Asian and Philippine papers' forms (blockers.tsv 2026.12.33, countries.tsv
    // 2026.12.25)
    assertEquals(
        List.of("IND@0-8/combining/actor", "PAK@0-8/combining/actor"),
        found("Indo-Pak ties improved."));
    assertEquals(List.of("PHL@0-5/demonym/actor"), found("Pinoy boxers won two golds."));
    // a monument and an armed group named like places abroad, a language with a country's word
    // and a language no people is named by (context.tsv 2026.12.30)
    assertEquals(
        List.of("ZWE@36-42/capital/place"), found("Veterans gathered at Heroes Acre in Harare."));
    assertEquals(List.of(), found("Police clashed with Fano militiamen overnight."));
    assertEquals(
        List.of("TLS@3-7/capital/place"),
        found("In Dili, Tetum and Portuguese are the official languages; Bahasa Indonesia is heard."));
    // the Kurdistan Region's province and town as English news spells them (places.tsv
    // 2026.12.18)
    assertEquals(
        List.of("TUR@0-7/demonym/actor", "IRQ@25-30/city/place", "IRQ@34-39/subdivision/place"),
        found("Turkish jets struck near Zakho in Duhok province."));
  }

  @Test
  void headlinesLanguagesVesselsAndPlacesFromTheThirtyFourthRound() {
    // a feed runs a headline and its brief on one line: the colon ends the title-case line, so
    // the capitalised verb after the country is no surname; a treaty word is a verb there too;
    // a party's letter before a US state joins no name
    assertEquals(
        List.of("IND@0-5/name/actor"),
        found("India Clears Purchase of Rafale Jets: The deal was approved on Wednesday."));
    assertEquals(List.of("GBR@0-5/metonym/actor"), found("No 10 Rules Out Snap Poll"));
    assertEquals(
        List.of("USA@17-22/subdivision/place"),
        found("Sen. Ted Cruz (R-Texas) placed a hold on the nominees."));
    // Florence is a city (places.tsv 2026.12.19) and a given name (context.tsv 2026.12.31),
    // and a storm's name after "Hurricane"
    assertEquals(
        List.of("ITA@20-28/city/place"), found("Pitti Uomo opens in Florence on Tuesday."));
    assertEquals(List.of(), found("Florence Pugh stars in the film."));
    assertEquals(List.of(), found("Hurricane Florence hit the coast."));
    // an ambiguous demonym is a list item of languages too; a word, a ship's name, the first
    // half of a double surname
    assertEquals(List.of(), found("Tours run in English, Korean and Japanese."));
    assertEquals(List.of(), found("The Portuguese word saudade names a longing."));
    assertEquals(List.of(), found("The tanker Panama Star was seized."));
    // a tanker word before the form alone may open a clause (context.tsv 2026.12.32: vessel)
    assertEquals(List.of("IRN@11-15/name/actor"), found("The tanker Iran seized was freed."));
    assertEquals(
        List.of("NAM@39-46/name/actor"),
        found("Netumbo Nandi-Ndaitwah won the vote in Namibia."));
    // courts named for their state (landmarks.tsv 2026.12.7), towns by their English names,
    // dishes and species (blockers.tsv 2026.12.36)
    assertEquals(
        List.of("GBR@16-26/landmark/place", "NLD@45-57/landmark/place"),
        found("The jury at the Old Bailey and judges at the Peace Palace sat late."));
    assertEquals(
        List.of("MEX@22-30/city/place", "LBY@49-54/city/place"),
        found("Hurricane Otis struck Acapulco before floods hit Derna."));
    assertEquals(List.of(), found("a smear of Dijon mustard and a Victoria sponge"));
    assertEquals(List.of(), found("The Tasmanian devil is recovering."));
    // refugee camps (landmarks.tsv 2026.12.8) and towns of exile (places.tsv 2026.12.19); a
    // border town of two countries names neither alone (blockers.tsv 2026.12.35)
    assertEquals(
        List.of("JOR@9-16/landmark/place", "KEN@21-27/landmark/place", "IND@53-63/city/place"),
        found("Camps in Zaatari and Kakuma grew; exiles gathered in Dharamsala."));
    assertEquals(List.of(), found("Migrants crossed at Paso Canoas."));
    // a headline is title case up to its colon or across it: "Georgia Runoff" alone is too
    // short to tell; a namesake town's state is followed by capitalised words in a headline
    assertEquals(
        List.of("USA@0-7/subdivision/place"),
        found("Georgia Runoff: Early Turnout Tops 2 Million Around Fulton County Precincts"));
    assertEquals(
        List.of("USA@9-13/subdivision/place"),
        found("Lebanon, Ohio, Voters Reject School Levy for Third Time"));
    assertEquals(
        List.of("AUS@0-3/subdivision/place", "USA@34-38/subdivision/place"),
        found("NSW fire crews flew home from the Maui blazes."));
  }

  @Test
  void seatsAsPlacesClubsLanguagesAndPlacesFromTheThirtyFifthRound() {
    // a dissolved state's seat after a preposition of place is a place in today's state; as
    // the subject it is the dissolved state the text names; a building after "over the" too
    assertEquals(
        List.of("CZE@10-16/capital/place", "SUN@32-38/historic/actor", "CSK@53-67/historic/actor"),
        found("Crowds in Prague marked the day Soviet tanks entered Czechoslovakia."));
    assertEquals(
        List.of("SUN@0-6/capital/place", "SUN@45-51/historic/actor", "CSK@66-80/historic/actor"),
        found("Moscow installed a hardline leadership after Soviet tanks entered Czechoslovakia."));
    assertEquals(
        List.of("RUS@34-41/metonym/actor", "SUN@49-61/historic/actor"),
        found("The red flag was lowered over the Kremlin as the Soviet Union ended."));
    // a text written while the state stood reads its seat as the state, named or not and after
    // a preposition too; a text of later or unknown date reads the city of today's state
    assertEquals(List.of("SUN@16-22/capital/place"), foundIn(1953, "Only the men in Moscow know."));
    assertEquals(List.of("RUS@16-22/capital/place"), foundIn(1992, "Only the men in Moscow know."));
    assertEquals(List.of("RUS@16-22/capital/place"), found("Only the men in Moscow know."));
    assertEquals(
        List.of("YUG@22-30/capital/place"), foundIn(1961, "The conference met in Belgrade."));
    assertEquals(
        List.of("SRB@22-30/capital/place"), foundIn(2003, "The conference met in Belgrade."));
    // a club word after a place, possessive or not (context.tsv 2026.12.33: club), not after a
    // people
    assertEquals(
        List.of("LBR@4-13/demonym/actor"), found("The Liberians United for Reconciliation."));
    assertEquals(
        List.of("GBR@47-52/city/place"),
        found("Manchester United's owners met Leeds United in Leeds."));
    // a cued list of languages may go on with "between" or "it"
    assertEquals(
        List.of(), found("Letters in Yiddish, Polish and German between 1905 and 1939 survive."));
    assertEquals(List.of(), found("In Khmer it is Tonle Thom."));
    // the Prussians (countries.tsv 2026.12.26); the poles are no Poles, the bronzes of the
    // kingdom of Benin no Benin (blockers.tsv 2026.12.37); a state by its short name and a
    // town under the population floor (places.tsv 2026.12.20)
    assertEquals(
        List.of("DEU@10-19/historic/actor"), found("Blücher's Prussians reached the South Pole."));
    assertEquals(
        List.of("MEX@0-9/subdivision/place", "KHM@14-20/city/place"),
        found("Michoacán and Kratie lie far apart; the Benin Bronzes went home."));
  }
  @Test
  void namesakeTownsCountiesDatelinesAndLanguagesFromTheThirtySixthRound() {
    // a place word's apposition may go on before "in" ("of about 1,500", "just north of ...")
    // and may open with "the"; a subdivision is a namesake town before a US state; "the" and a
    // place word after the state open the town's apposition, not a list
    assertEquals(
        List.of("USA@51-59/subdivision/place"),
        found("Cuba, a village of about 1,500 in Allegany County, New York, voted."));
    assertEquals(
        List.of("CAN@44-51/subdivision/place"),
        found("Delhi, the old tobacco town in southwestern Ontario, grew."));
    assertEquals(
        List.of("USA@11-23/subdivision/place"), found("Bethlehem, Pennsylvania, banned it."));
    assertEquals(
        List.of("USA@7-17/subdivision/place"),
        found("Mecca, California, the farmworker community near the sea."));
    // so does "the" and a lower-case word (since 2026-12-03, evening); "the" and a capital is
    // the next item of a list
    assertEquals(
        List.of("USA@24-28/subdivision/place"),
        found("The tank plant in Lima, Ohio, the only factory in the country, will add jobs."));
    assertEquals(
        List.of("PER@11-15/capital/place", "USA@17-21/subdivision/place",
            "NLD@23-38/alias/actor", "PER@43-47/name/actor"),
        found("Trade with Lima, Ohio, the Netherlands and Peru grew."));
    // a subdivision in a list of places stays: "Anatolia, in Sicily", "Sumatra, Sichuan"
    assertEquals(
        List.of("TUR@8-16/subdivision/place", "ITA@21-27/subdivision/place"),
        found("Wars in Anatolia, in Sicily and beyond."));
    // a place before "County" in a text placed in one US state or Canadian province is a county
    // there; elsewhere it keeps its country
    assertEquals(
        List.of("USA@0-6/city/place", "USA@47-54/subdivision/place"),
        found("Athens-Clarke County approved the plan, as the Georgia state law allows."));
    assertEquals(List.of("KEN@0-7/capital/place"), found("Nairobi County approved the plan."));
    // a hyphen inside a word after a capitalised start is no dateline's dash
    assertEquals(
        List.of("USA@0-4/abbreviation/actor", "ITA@21-26/name/actor"),
        found("U.S. F-16s flew over Italy."));
    // a plural is a people, not a language; a list of languages may go on with "are"
    assertEquals(
        List.of("ERI@17-26/demonym/actor"), found("They would teach Eritreans lessons."));
    assertEquals(List.of(), found("Classes in Tigrinya, Dari and Somali are offered."));
    assertEquals(List.of(), found("Ashley took Polish lessons."));
    // languages, a sauce and a garden named after a country (blockers.tsv 2026.12.38,
    // landmarks.tsv 2026.12.10); a French port and New Zealand's regions (places.tsv
    // 2026.12.21)
    assertEquals(
        List.of("FRA@4-24/landmark/place"),
        found("The Jardin du Luxembourg sells Tabasco sauce to Haitian Creole speakers."));
    assertEquals(
        List.of("FRA@20-27/city/place", "NZL@31-42/subdivision/place"),
        found("Smugglers work from Dunkirk to Hawke's Bay."));
  }
  @Test
  void confusableFormsFromTheThirtySixthRoundsSecondWave() {
    // a lake town and two border towns (places.tsv 2026.12.22); an airport named after Greek
    // Macedonia (landmarks.tsv 2026.12.11); a people's barbecue is a cuisine (context.tsv
    // 2026.12.35)
    assertEquals(
        List.of("MKD@0-5/city/place", "GBR@26-31/city/place", "IRL@36-43/city/place"),
        found("Ohrid welcomed buses from Newry and Dundalk."));
    assertEquals(
        List.of("GRC@15-32/landmark/place"), found("Delays hit the Macedonia Airport."));
    assertEquals(List.of(), found("The Korean barbecue menu drew queues."));
  }
  @Test
  void twoWordNamesAppositionsWorksAndSmallTownsFromTheThirtyEighthRound() {
    // a place's form and a capitalised word before an apposition of kin or work, or before
    // "who" where one of them is a given name's form, are a person's name: both words go
    assertEquals(
        List.of("NLD@19-24/demonym/actor", "BRA@57-66/city/place"),
        found("Memphis Depay, the Dutch forward who also raps, moved to São Paulo."));
    assertEquals(
        List.of("MAR@20-28/demonym/actor", "MAR@52-62/city/place"),
        found("French Montana, the Moroccan-born rapper, played in Casablanca."));
    assertEquals(List.of(), found("Montana Jordan, who played Georgie, said so."));
    // the person's form alone later in the text is the person again
    assertEquals(
        List.of(), found("Sydney Alvarez, an intensive care nurse, won. Sydney saw a need."));
    // "who" or "whose" alone: not after an adjective of a regime, a demonym's plural noun or a
    // team's word
    assertEquals(List.of("CHN@7-12/name/actor"), found("Maoist China, whose shadow fell."));
    assertEquals(
        List.of("DEU@8-14/demonym/actor"),
        found("The two German States, whose admission we welcome."));
    assertEquals(
        List.of("USA@5-8/abbreviation/actor"), found("Team USA, who won gold, celebrated."));
    // an apposition opened by "the" names a band before a participle or a relative word; "the"
    // opening a clause of its own does not
    assertEquals(
        List.of("GBR@11-18/city/place"),
        found("Texas, the Glasgow band fronted by Sharleen Spiteri, will tour."));
    assertEquals(
        List.of("ISR@14-22/capital/place", "ISR@70-75/city/place"),
        found("Bombs fell on Tel Aviv, the first refugee ship from the camps reached Haifa."));
    // context.tsv 2026.12.54: a possessive opens an apposition as "the" does, and singers,
    // songwriters, rappers, musicians, duos and trios name a form; a possessive before a noun
    // that names nothing leaves the country
    assertEquals(
        List.of("NOR@67-73/name/actor"),
        found("Beirut, Zach Condon's band, wrote an album during a long winter in Norway."));
    assertEquals(
        List.of("CAN@13-20/city/place"),
        found("Bahamas, the Toronto singer-songwriter, won the prize."));
    assertEquals(
        List.of("UKR@0-7/name/actor"), found("Ukraine, Europe's breadbasket, exports wheat."));
    // a possessive in "s'" or with a curly apostrophe opens it too
    assertEquals(
        List.of("NOR@38-42/capital/place"), found("Bahamas, Ray Charles' band, played in Oslo."));
    assertEquals(List.of(), found("Beirut, Zach Condon\u2019s band, has released an album."));
    // a work's word before the form names the work (context.tsv 2026.12.39: namer); an
    // edition's "of" before a quoted title (workof)
    assertEquals(List.of(), found("Terry Gilliam's satire Brazil returns to cinemas."));
    assertEquals(List.of(), found("A first edition of \"A Passage to India\" sold."));
    // places 2026.12.24: towns of 20,000 or more with a name under Zipf 2.0 in every language,
    // and Goa, Malibu; landmarks 2026.12.14: concert halls
    assertEquals(List.of("NAM@11-19/city/place"), found("Floods hit Oshakati."));
    assertEquals(List.of("IND@17-20/subdivision/place"), found("A beach party in Goa."));
    assertEquals(List.of("USA@12-18/city/place"), found("He moved to Malibu."));
    assertEquals(
        List.of("GBR@17-34/landmark/place"), found("A concert at the Royal Albert Hall."));
    // a town's name after a city and "de" goes on the longer name, and is no place itself:
    // Luanda's old name, now that Loanda (a town of Brazil) is in places.tsv
    assertEquals(
        List.of("AGO@49-55/name/actor", "PRT@66-74/name/actor"),
        found("cut off from its capital, Sao Paulo de Loanda in Angola, and from Portugal."));
  }

  @Test
  void aTerritorysOwnCodeAndAPlaceAfterAroundFromTheThirtyNinthRound() {
    // countries.tsv 2026.12.27: the Åland Islands have their own ISO code, and their capital
    assertEquals(
        List.of("ALA@32-45/name/actor", "FIN@61-69/capital/place"),
        found("The demilitarised status of the Åland Islands was debated in Helsinki."));
    assertEquals(List.of("ALA@11-20/capital/place"), found("Ferries to Mariehamn ran late."));
    // countries.tsv 2026.12.28: Saint Helena, the Pitcairn, Norfolk and Cocos Islands and the
    // Caribbean Netherlands too
    assertEquals(
        List.of("SHN@0-9/alias/actor", "ZAF@49-61/city/place"),
        found("St Helena's airport now has a weekly flight from Johannesburg."));
    assertEquals(List.of("BES@11-18/alias/actor"), found("Divers off Bonaire found coral bleaching."));
    // context.tsv 2026.12.40: a city after "around" (a locative) is placed, not a team's
    // subject, even where a sport's word ("season") is near; without it the city before "are"
    // in a sport's sentence is the team
    assertEquals(
        List.of("VNM@48-55/city/place"),
        found("The dry season is long, and rice growers around Can Tho are switching to shrimp."));
    assertEquals(List.of(), found("After a long season, Can Tho are top of the league."));
  }

  @Test
  void namesakeTownsThingsNamedInPairsAndPlayersSidesFromTheThirtyNinthRound() {
    // a country's name before an apposition that makes it a town in another country
    // (context.tsv 2026.12.41: settlement)
    assertEquals(
        List.of("PRT@22-30/name/actor", "PRT@33-41/landmark/place"),
        found("Cuba, a small town in Portugal's Alentejo, claims Columbus."));
    assertEquals(
        List.of("GTM@37-46/name/actor"),
        found("Antigua, the old colonial capital of Guatemala, fills with carpets."));
    // not before its own country, nor before a region no form names, nor where "the city of"
    // names the city itself
    assertEquals(
        List.of("PAN@0-6/name/actor", "PAN@23-29/name/actor"),
        found("Panama, the capital of Panama, grew."));
    assertEquals(
        List.of("DJI@0-8/name/actor", "HORN_OF_AFRICA@29-43/bloc/actor"),
        found("Djibouti, a port city in the Horn of Africa, grew."));
    assertEquals(
        List.of("NOR@4-21/alias/actor", "EGY@35-40/capital/place"),
        found("the Kingdom of Norway, the city of Cairo will host a conference."));
    // a pair named as a thing by the apposition after it: a horse
    assertEquals(
        List.of("GBR@64-69/landmark/place"),
        found("Tahiti Nui, a three-year-old filly trained in Newmarket, won at Ascot."));
    // a ship's or a work's name of two or three words after its noun; not a name in capitals
    assertEquals(
        List.of("USA@54-62/subdivision/place"),
        found("Before the war the liner Queen of Bermuda sailed from New York."));
    assertEquals(List.of(), found("The tanker Nordic Ghana was refloated on Sunday."));
    assertEquals(
        List.of("YEM@39-43/city/place", "YEM@45-50/name/actor"),
        found("The destroyer USS Cole was attacked in Aden, Yemen."));
    // an apposition opened by "the" and closed by a comma names a club
    assertEquals(
        List.of("ECU@15-24/city/place"), found("Barcelona, the Guayaquil club, sacked its coach."));
    // places 2026.12.25: Cádiz (a homonym of a Philippine city of like size) and Aarhus (which
    // GeoNames spells Århus) by hand
    assertEquals(
        List.of("ESP@28-33/city/place"), found("The training ship docked in Cádiz on Friday."));
    assertEquals(
        List.of("DNK@36-42/city/place"), found("The band will close the festival in Aarhus."));
    // a city after "for" or "against" in a sport's sentence is a side
    assertEquals(List.of(), found("The winger scored twice on his debut for Marseille."));
    assertEquals(List.of("FRA@19-28/city/place"), found("The winger flew to Marseille."));
    // context 2026.12.56: a desert named with a people's word is wider than its country
    assertEquals(List.of(), found("Two explorers crossed the Libyan Desert by camel."));
    assertEquals(
        List.of("LBY@22-28/demonym/actor"), found("Two explorers met the Libyan desert patrol."));
    // context 2026.12.55: a city before a result's verb and a capitalised name, or after one, in
    // a sport's sentence is a side; a region may be a home nation's team, and a city whose
    // troops beat back an attack stays
    assertEquals(List.of(), found("Porto beat Lyon 2-1 in the final."));
    assertEquals(
        List.of("GBR@0-7/subdivision/place", "AUS@13-22/name/actor"),
        found("England beat Australia by six wickets."));
    assertEquals(
        List.of("UKR@0-4/capital/place"), found("Kyiv beat back the assault, the general said."));
    // context 2026.12.52: after a departure word, with or without the place left, it is a
    // destination, even where a season makes a sport's sentence
    assertEquals(
        List.of("GBR@15-26/city/place", "FRA@31-40/city/place"),
        found("The liner left Southampton for Marseille on the last crossing of the season."));
    assertEquals(
        List.of("FRA@31-40/city/place"),
        found("The team's coach was bound for Marseille after the season's last match."));
    // "with" after an evening closed opens a title
    assertEquals(
        List.of(), found("The orchestra closed the evening with \"Georgia on My Mind\"."));
    // context 2026.12.53: and after a service or a ceremony closed
    assertEquals(
        List.of(),
        found("The choir closed the memorial service with \"Georgia on My Mind\"."));
    // an everyday place at a sentence's start before a verb that needs a subject is the place;
    // before a noun it is still the word
    assertEquals(
        List.of("FRA@0-4/city/place"), found("Nice will make its tramway free for pensioners."));
    assertEquals(List.of(), found("Nice work by the negotiators."));
    // blockers 2026.12.51: a resort in Florida and a drink named after places
    assertEquals(
        List.of("USA@32-39/subdivision/place"),
        found("Officials in Panama City Beach, Florida, will ban alcohol on the sand."));
    assertEquals(List.of(), found("Add a splash of Madeira to the sauce."));
    // blockers 2026.12.52: Japan's Diet by its name (not the Diet of Worms), two national
    // champions named in their country's own tongue, an airline named after a capital
    assertEquals(
        List.of("JPN@13-21/metonym/actor"), found("Lawmakers in the Diet approved the budget."));
    assertEquals(List.of(), found("Luther appeared before the Diet of Worms in 1521."));
    assertEquals(List.of(), found("A balanced diet keeps the players fit."));
    assertEquals(List.of("DNK@0-11/name/actor"), found("Danske Bank agreed to pay $2 billion."));
    assertEquals(List.of("NOR@0-11/name/actor"), found("Norsk Hydro switched to manual work."));
    assertEquals(List.of(), found("Air Astana took delivery of its first Airbus."));
    // landmarks 2026.12.49: a Russian republic by the English name news gives it
    assertEquals(
        List.of("RUS@17-30/landmark/place", "GEO@36-49/subdivision/place"),
        found("A new road links North Ossetia with South Ossetia."));
  }

  @Test
  void aTownPlacedByItsCityALakeAndFlemishFromTheFortiethRound() {
    // a country's name before a comma and a US city is a town there, as before a US state; a
    // list that goes on after the city is a list
    assertEquals(
        List.of("USA@49-55/city/place"),
        found("A teenager was shot outside a bodega in Jamaica, Queens, on Saturday night."));
    assertEquals(
        List.of("JOR@22-28/name/actor", "FRA@30-39/city/place", "FRA@45-49/city/place"),
        found("Exhibitions opened in Jordan, Marseille, and Lyon."));
    // a lake named after a town on its shore is the lake
    assertEquals(List.of(), found("Divers recovered a bell from the bottom of Lake Geneva."));
    // regional.tsv 2026.12.2: Flemish is Flanders', so Belgium's
    assertEquals(
        List.of("BEL@4-11/demonym/actor"), found("The Flemish government approved a nitrogen plan."));
    // a quoted title up to two lower-case words after the work's word, and a cover or an encore
    // of a song (context.tsv 2026.12.42: workof); the place the band flies to stays
    assertEquals(
        List.of(),
        found("The band closed with a thundering 'Kashmir' and a cover of 'Panama'."));
    assertEquals(
        List.of("PAN@17-23/name/actor"),
        found("The band flew to Panama after closing with 'Kashmir'."));
    // a seat of government's name before a US state is a town there; before London it stays
    assertEquals(
        List.of("USA@30-40/subdivision/place"),
        found("Little Saigon in Westminster, California, held a parade."));
    assertEquals(
        List.of("GBR@7-18/metonym/actor", "GBR@20-26/capital/place"),
        found("MPs in Westminster, London, voted late."));
    // landmarks.tsv 2026.12.15: Seine-Saint-Denis, not Réunion's Saint-Denis inside it;
    // blockers.tsv 2026.12.40: a festival's name
    assertEquals(
        List.of("FRA@10-27/landmark/place"),
        found("A fire in Seine-Saint-Denis killed two guards."));
    assertEquals(
        List.of("AUS@37-43/city/place"),
        found("Celebrations for Chinese New Year in Sydney drew crowds."));
  }

  @Test
  void relativeClausesRegionsFirmsAndCommoditiesFromTheFortyFirstRound() {
    // "that" after a town's region opens a relative clause, not the next item of a list
    assertEquals(
        List.of("CAN@21-28/subdivision/place"),
        found("A crash near London, Ontario, that hurt four."));
    // blockers.tsv 2026.12.44: Belgium's province of Luxembourg, Nigeria's pipeline
    assertEquals(
        List.of("BEL@26-48/subdivision/place"),
        found("Arlon, the capital of the province of Luxembourg, hosts the fair."));
    assertEquals(
        List.of("NGA@22-42/subdivision/place"),
        found("Militants blew up the Trans-Niger Pipeline near Bonny."));
    // the birds and the peppers, also at the start of a sentence
    assertEquals(
        List.of("USA@18-27/subdivision/place"),
        found("Turkey growers in Minnesota culled 40,000 birds."));
    assertEquals(
        List.of("USA@24-34/subdivision/place"),
        found("Chile growers in Hatch, New Mexico, expect a small crop."));
    // context.tsv 2026.12.44: a company named after a city or a region names no country; one
    // named with a country's name or people names the country
    assertEquals(List.of(), found("Alaska Airlines raised its forecast."));
    assertEquals(List.of(), found("Texas Instruments cut its forecast."));
    assertEquals(
        List.of("JPN@27-32/city/place"), found("Tokyo Gas raised prices in Osaka."));
    assertEquals(
        List.of("CAN@35-42/subdivision/place"),
        found("Bank of Montreal lent to a firm in Ontario."));
    assertEquals(
        List.of("TUR@0-7/demonym/actor", "USA@25-30/subdivision/place"),
        found("Turkish Airlines flew to Texas."));
    assertEquals(
        List.of("CHN@8-13/name/actor", "KEN@33-40/capital/place"),
        found("Bank of China opened a branch in Nairobi."));
    // languages: a measure before a list's last item, an adverb after the list, a language said
    // to be spoken; a country said to be spoken of stays the country
    assertEquals(List.of(), found("She speaks Spanish, Portuguese and some Quechua."));
    assertEquals(List.of(), found("The interpreter speaks Portuguese fluently."));
    assertEquals(List.of(), found("Spanish is now spoken in many homes."));
    assertEquals(List.of("ESP@0-5/name/actor"), found("Spain is now spoken of as a model."));
    // context.tsv 2026.12.44: an arrangement or a version of a song is a work's word
    assertEquals(
        List.of(),
        found("The band closed with a slow arrangement of \"Georgia on My Mind\"."));
    // blockers.tsv 2026.12.44: Papua New Guinea's province and Manitoba's Norway House; a
    // grass and a water brand name none
    assertEquals(
        List.of("PNG@19-39/subdivision/place"),
        found("A quake struck off New Ireland province early on Monday."));
    assertEquals(
        List.of("CAN@0-12/city/place", "CAN@37-45/subdivision/place"),
        found("Norway House Cree Nation in northern Manitoba declared an emergency."));
    assertEquals(List.of(), found("The Bermuda grass on the back nine was replaced."));
    // the bird in lower case names none, the parka maker named with the country's name names
    // Canada; Epsom's racecourse is England's, its salts nobody's
    assertEquals(List.of(), found("A flock of Canada geese struck the jet."));
    assertEquals(
        List.of("CAN@0-6/name/actor"), found("Canada Goose cut its revenue forecast."));
    assertEquals(
        List.of("GBR@20-25/landmark/place"), found("She won the Oaks at Epsom by a neck."));
    assertEquals(List.of(), found("A bath with Epsom salts helps."));
    // landmarks.tsv 2026.12.44: France's historic provinces that are no wine or given name
    assertEquals(
        List.of("FRA@17-24/landmark/place", "FRA@29-36/landmark/place"),
        found("Wheat farmers in Picardy and Gascony fear the drought."));
  }

  @Test
  void lakesOrdersCarsAndSurnamesFromTheFortySecondRound() {
    // blockers.tsv 2026.12.47: a lake alone names no country, and is not its town
    assertEquals(List.of(), found("Fishermen on Lake Baikal saw thin ice."));
    assertEquals(List.of(), found("Hotels on Lake Como were full."));
    // a religious order, a region of two states, a company named after a US state, a currency
    assertEquals(
        List.of("IND@36-42/subdivision/place"),
        found("Dominican sisters run the school in Kerala."));
    assertEquals(List.of(), found("Storms swept the British Isles."));
    assertEquals(List.of(), found("Georgia-Pacific will close a mill."));
    assertEquals(List.of(), found("The loan was 5 billion Deutsche marks."));
    // countries.tsv 2026.12.47: a company named with the country's own adjective names it
    assertEquals(List.of("DEU@0-8/demonym/actor"), found("Deutsche Bank cut 2,000 jobs."));
    // context.tsv 2026.12.47: a square is a street; a steeplechaser is named like a horse
    assertEquals(
        List.of("GBR@35-41/capital/place"), found("The bank moved to Canada Square in London."));
    assertEquals(
        List.of("IRL@18-23/demonym/actor", "GBR@50-60/city/place"),
        found("Moscow Flyer, the Irish-trained chaser who won at Cheltenham, has died."));
    // a car maker's model named after a place; the maker's business in a country names it
    assertEquals(List.of(), found("The Hyundai Tucson outsold the Kia Rio."));
    assertEquals(List.of("IND@8-13/name/actor"), found("Hyundai India raised prices."));
    // a namesake town in a part of a state: "upstate" as a compass word
    assertEquals(
        List.of("USA@28-36/subdivision/place"),
        found("Delhi, a village in upstate New York, approved a sewer line."));
    // a song's maker in the possessive between the work's word and its quoted title
    assertEquals(
        List.of(), found("The crowd sang along as the stadium played Van Halen's \"Panama\"."));
    // a person's surname again as the subject of a reported clause; after a verb of going it
    // stays the place
    assertEquals(
        List.of(),
        found("Michael Jordan's teammates spoke, and one of them claims Jordan asked for cuts."));
    assertEquals(
        List.of("JOR@35-41/name/actor"), found("Michael Jordan's teammates visited Jordan."));
    // context.tsv 2026.12.48: a baseball word makes a sport's sentence, where a city's plural
    // nickname is a team; a curry house is a named venue
    assertEquals(
        List.of("DOM@37-46/demonym/actor"),
        found("The New York Yankees have signed the Dominican shortstop."));
    assertEquals(
        List.of("GBR@32-41/city/place"),
        found("The Taj Mahal, a curry house in Leicester, won an award."));
    // blockers.tsv 2026.12.48: the vegetable in the singular too; an airline named after a US
    // state's people
    assertEquals(List.of(), found("Growers say the Brussels sprout harvest is late."));
    assertEquals(
        List.of("JPN@30-35/capital/place"), found("Hawaiian Airlines will fly to Tokyo."));
  }

  @Test
  void horsesInTheBettingSongsAndLanguagesFromTheFortyThirdRound() {
    // a two-word name after its place in the betting, or before it as an apposition, is a horse
    assertEquals(
        List.of(), found("The race went to 40-1 outsider Brazilian Dawn, ridden by a claimer."));
    assertEquals(List.of(), found("Siberian Sky, the 7-2 favourite, was pulled up."));
    // one name alone stays: a country's team is as often the favourite
    assertEquals(
        List.of("BRA@15-21/name/actor"), found("The favourite, Brazil, lost in the final."));
    // a comma may close the noun before "named"
    assertEquals(List.of(), found("The colt, named Moscow Nights by his breeder, won."));
    // a quoted title before an apposition naming a work; a show closed with a title
    assertEquals(
        List.of(), found("They closed with \"Georgia on My Mind\", the song he had asked for."));
    assertEquals(
        List.of("GBR@23-29/capital/place"),
        found("Springsteen closed his London show with \"Born to Run in Panama\"."));
    // a company named after a city, a trophy named after a yacht
    assertEquals(List.of(), found("Munich Re said losses were below budget."));
    assertEquals(
        List.of("ITA@42-48/city/place"),
        found("The next America's Cup will be sailed off Naples."));
    // one people's word opening a clause that calls it a language is the language
    assertEquals(List.of(), found("Korean has become its fastest-growing language."));
    assertEquals(
        List.of("KOR@0-6/demonym/actor"), found("Korean officials say the language is hard."));
  }

  @Test
  void shipsPrefectureAndTheLouvreFromTheFortyThirdRound() {
    // a navy's prefix in capitals makes the name a ship's; in lower case it is no prefix
    assertEquals(List.of(), found("The submarine USS Georgia arrived in port."));
    // a prefecture is a settlement: the apposition places the namesake in Guinea
    assertEquals(
        List.of("GIN@22-28/name/actor"),
        found("Mali, a prefecture in Guinea, got its first paved road."));
    // a revival of a quoted title is the work's
    assertEquals(List.of(), found("A revival of 'Miss Saigon' opens in April."));
    // the Louvre is in Paris; its namesake in Abu Dhabi is there; a beef Wellington is a dish
    assertEquals(List.of("FRA@4-10/landmark/place"), found("The Louvre lent three statues."));
    assertEquals(
        List.of("ARE@4-20/city/place"), found("The Louvre Abu Dhabi opened a show."));
    assertEquals(List.of(), found("His beef Wellington won the final."));
  }

  @Test
  void sportsTeamsKinAndPlacesFromTheThirtySeventhRound() {
    // a club's prefix before a city (context.tsv 2026.12.36: clubbefore); the city alone stays
    assertEquals(List.of("USA@20-25/city/place"), found("Inter Miami flew to Miami."));
    // in a sentence with a word only sport uses, a city before a plural nickname or a team's
    // word is a team; the event of a city is not ("the Tokyo Olympics"), nor a city after "in"
    assertEquals(
        List.of("USA@46-52/city/place"),
        found("The Lakers beat the Denver Nuggets 114-103 in Denver."));
    assertEquals(
        List.of("JPN@26-31/capital/place"), found("The striker scored at the Tokyo Olympics."));
    assertEquals(List.of(), found("Manchester City won the league; Bayern Munich lost."));
    assertEquals(List.of(), found("Sunrisers Hyderabad beat Kolkata Knight Riders by eight wickets."));
    // a city and a plural verb in a sport's sentence is a club, unless a preposition places it
    assertEquals(List.of(), found("Sunderland have signed the striker."));
    // the sport's word is looked for at most 300 chars each way: 400 chars on, it says nothing
    assertEquals(
        List.of("GBR@0-10/city/place"),
        found("Sunderland have " + "word ".repeat(80) + "signed the striker."));
    assertEquals(
        List.of("GBR@8-18/city/place"), found("Fans in Sunderland are happy with the squad."));
    // a team's role after a city is the club's; after a home nation the national team's
    assertEquals(
        List.of("GBR@40-47/subdivision/place"),
        found("The former Liverpool captain joined the England captain."));
    assertEquals(
        List.of("GBR@0-7/subdivision/place"),
        found("England have named their squad for the tournament."));
    // no sport word: a city before "were" stays ("Riots in Johannesburg were reported")
    assertEquals(
        List.of("ZAF@0-12/city/place"), found("Johannesburg were the hosts of the talks."));
    // a possessive and a word of kin, then a comma, name a person
    assertEquals(List.of(), found("Kenya Moore flew home with her daughter, Brooklyn, on Friday."));
    // a given name (context.tsv), a knife, a sausage and a breed (blockers.tsv 2026.12.39)
    assertEquals(
        List.of(), found("Brittany Mahomes sold a Swiss Army knife and a Brittany spaniel."));
    // Monaco's district and Ferrari's town (places.tsv 2026.12.23), a stadium (landmarks.tsv
    // 2026.12.12); a breakfast is a cuisine
    assertEquals(
        List.of("MCO@18-29/city/place", "ITA@42-51/city/place", "ESP@60-77/landmark/place"),
        found("Verstappen won in Monte Carlo and visited Maranello and the Santiago Bernabéu."));
    assertEquals(List.of(), found("Order a full Irish breakfast."));
    // an illness's word after a city's name or a people's word names a disease (context.tsv
    // 2026.12.37: disease, diseasepeople); a virus word after a people's word does not
    assertEquals(List.of(), found("A new Marburg infection was found; Russian flu spread."));
    assertEquals(
        List.of("DEU@0-6/demonym/actor", "DEU@28-35/city/place"),
        found("German virus experts met in Marburg."));
    // a ship word before a name that goes on (context.tsv 2026.12.38: vessel); a prison
    // (landmarks.tsv 2026.12.13)
    assertEquals(
        List.of("USA@67-80/landmark/place"),
        found("The coastguard boarded the cargo ship Havana Star; the crew sat in Rikers Island."));
  }

  @Test
  void territoriesAndABaseFromTheFortySixthRound() {
    // countries.tsv 2026.12.48: the British Indian Ocean Territory has its own ISO code, IOT;
    // blockers 2026.12.53: the chronicler Diego Garcia del Palacio is no atoll
    assertEquals(
        List.of("GBR@0-7/alias/actor", "IOT@27-41/alias/actor", "MUS@45-54/name/actor"),
        found("Britain agreed to hand the Chagos Islands to Mauritius."));
    assertEquals(
        List.of("IOT@22-34/alias/actor"), found("Bombers took off from Diego Garcia at dawn."));
    assertEquals(
        List.of(), found("The landscape Diego Garcia del Palacio described is still there."));
    // countries.tsv 2026.12.48: Christmas Island (CXR) and the US Minor Outlying Islands (UMI)
    // have their own ISO codes too; blockers 2026.12.53: the British bomb tests' Christmas Island
    // is Kiribati's Kiritimati; landmarks 2026.12.50: a British sovereign base on Cyprus
    assertEquals(
        List.of("AUS@0-9/name/actor", "CXR@46-62/name/actor"),
        found("Australia will reopen the detention centre on Christmas Island."));
    assertEquals(
        List.of("KIR@24-49/alias/place"),
        found("Veterans of the nuclear tests on Christmas Island sued."));
    assertEquals(
        List.of("UMI@19-30/alias/actor"), found("A B-52 diverted to Wake Island after a fault."));
    assertEquals(
        List.of("GBR@19-31/landmark/place"), found("Jets took off from RAF Akrotiri at dawn."));
  }

  @Test
  void compassWordsJoinedBeforeOneNameAndShipsNamedForCities() {
    // the forty-eighth round: a compass word joined by "and" or "or" to a country's name that
    // opens with another compass word names the country it completes; no country, no mention
    assertEquals(
        List.of("KOR@14-19/name/actor", "PRK@24-35/name/actor"),
        found("Talks between South and North Korea resumed."));
    assertEquals(
        List.of("DDR@0-4/historic/actor", "DEU@9-21/historic/actor"),
        found("East and West Germany were reunified in 1990."));
    assertEquals(List.of(), found("North and South America are continents."));
    // places 2026.12.26: Devon, an English county, and Gozo, Malta's second island
    assertEquals(
        List.of("GBR@71-76/subdivision/place"),
        found("A breeding group of Tasmanian devils has arrived at a wildlife park in Devon."));
    assertEquals(
        List.of("MLT@15-20/name/actor", "MLT@24-28/subdivision/place"),
        found("The ferry from Malta to Gozo was cancelled."));
    // a warship named for a city is the ship, though no word of its name follows
    assertEquals(List.of(), found("The cruiser Moskva sank in the Black Sea."));
  }

  @Test
  void wineClubPrefixesAndCommonNounsFromTheFiftySecondRound() {
    // blockers 2026.12.54: Shiraz after a wine country's people is the grape, whose mention is
    // the people's; the city stays Iran's
    assertEquals(
        List.of("AUS@20-37/demonym/actor", "JPN@41-46/name/actor"),
        found("The Barossa exports Australian Shiraz to Japan."));
    assertEquals(
        List.of("IRN@0-6/city/place", "IRN@29-33/name/actor"),
        found("Shiraz is a city of poets in Iran."));
    // blockers 2026.12.54: US campus fraternities and a confection are no Greece and no Dubai
    assertEquals(
        List.of("USA@14-18/subdivision/place"), found("Greek life at Ohio State is under review."));
    assertEquals(
        List.of("DEU@28-34/capital/place"), found("Dubai chocolate sold out in Berlin."));
    // context 2026.12.57: a club's initials before a city ("AC Milan", "FC Porto") name the club
    assertEquals(
        List.of("BRA@18-27/demonym/actor"), found("FC Porto signed a Brazilian striker."));
  }

  @Test
  void clubsBrandsAndAnAirlineFromTheFiftyThirdRound() {
    // blockers 2026.12.55: teams named with a city's people or a country's name are clubs
    assertEquals(List.of(), found("The Mumbai Indians won the final by five wickets."));
    assertEquals(
        List.of("MEX@28-39/capital/place"), found("Club America beat Chivas in Mexico City."));
    // a restaurant chain named after a US state and spirits named after cities name no country
    assertEquals(
        List.of("ETH@33-44/capital/place"),
        found("Kentucky Fried Chicken opened in Addis Ababa."));
    assertEquals(List.of(), found("Havana Club and Bombay Sapphire sold well."));
    // a national airline named with its country's French name names the country
    assertEquals(
        List.of("MAR@0-15/name/actor", "CAN@24-32/city/place"),
        found("Royal Air Maroc flew to Montreal."));
    // blockers 2026.12.56: the US state's peaches; the river Niger told by what a river does
    assertEquals(
        List.of("USA@0-13/subdivision/place"), found("Georgia peach growers count losses."));
    assertEquals(
        List.of("MLI@39-45/capital/place"),
        found("The Niger rose to its highest level at Bamako."));
    assertEquals(List.of(), found("The Niger is Africa's third-longest river."));
  }

  @Test
  void aDiseaseACatAFloridaCityAndAProgrammingLanguageFromTheFiftyFourthRound() {
    // blockers 2026.12.57: a banana disease and a cat named with a country's words name none
    assertEquals(
        List.of("ECU@36-43/name/actor"), found("Panama disease has reached farms in Ecuador."));
    assertEquals(List.of(), found("The shelter has a Burmese tom for adoption."));
    // Panama City with its state is the Florida city, also before a list's comma
    assertEquals(
        List.of("USA@16-36/city/place"),
        found("Storms battered Panama City, Florida, and the coast."));
    // Java the language, told by what is written in it; the island stays
    assertEquals(List.of(), found("The payroll system is written in Java."));
    assertEquals(
        List.of("IDN@42-46/subdivision/place"),
        found("The Java virtual machine was not built on Java."));
    // a casino named after places abroad is in the US; a band, a steel and a firm named with a
    // country's or a city's name name no country
    assertEquals(
        List.of("USA@0-15/city/place"), found("Paris Las Vegas opened a new hall."));
    assertEquals(List.of(), found("Portugal. The Man sold out two nights."));
    assertEquals(List.of(), found("He forges knives of Damascus steel."));
    assertEquals(List.of(), found("Tokyo Electron raised its forecast."));
  }
}
