package io.entente.extract.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.entente.extract.SentenceSplitter;
import io.entente.extract.SentenceTone;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToneScorerTest {

  private static final ToneScorer SCORER =
      ToneScorer.compile(
          ToneLexicon.fromJson(
              """
              {"version": "t", "negation_window": 3,
               "negators": ["not", "no", "failed to"],
               "negator_exceptions": ["not only"],
               "reversers": ["lifted", "eased"],
               "neutral": ["signs of"],
               "verbal_cooperation": ["welcome", "agree", "agreement", "progress"],
               "material_cooperation": ["sign", "lift sanction"],
               "verbal_conflict": ["condemn", "warn"],
               "material_conflict": ["sanction", "clash", "fired missiles", "missiles at"]}
              """));

  private static List<SentenceTone> score(String text) {
    return SCORER.score(text, SentenceSplitter.starts(text));
  }

  private static List<SentenceTone> defaultScore(String text) {
    return ToneScorer.defaultLexicon().score(text, SentenceSplitter.starts(text));
  }

  @Test
  void countsInflectedCuesPerClassAndSentence() {
    // "warned of clashes" is one act, the warning (cues side by side count once since
    // 2026-12-04); "and sanctions" after it is another
    assertEquals(
        List.of(new SentenceTone(0, 1, 1, 0, 0), new SentenceTone(2, 0, 0, 1, 1)),
        score("They welcomed it and signed. The talks went on."
                + " He warned of clashes and sanctions."));
  }

  @Test
  void aReverserInThePassiveAfterAMaterialConflictCueUndoesIt() {
    // lexicon 2026.12.64: the act named first, undone after it, is cooperation as "lifted the
    // sanctions" is
    assertEquals(
        List.of(new SentenceTone(0, 0, 1, 0, 0)),
        score("The sanctions on the national airline were lifted on Friday."));
    assertEquals(
        List.of(new SentenceTone(0, 0, 1, 0, 0)), score("Sanctions have been eased."));
    // a verbal act of conflict undone is verbal cooperation (lexicon 2026.12.68)
    assertEquals(
        List.of(new SentenceTone(0, 1, 0, 0, 0)), score("The warning was eased on Friday."));
    // a negator between refuses the undoing: no act, as a negated "lift" before the cue
    assertEquals(List.of(), score("Sanctions should not be lifted yet."));
    // up to two adverbs may stand after the auxiliary; a negator's exception refuses nothing
    assertEquals(
        List.of(new SentenceTone(0, 0, 1, 0, 0)), score("Sanctions were quietly eased."));
    assertEquals(
        List.of(new SentenceTone(0, 0, 1, 0, 0)),
        score("The sanctions were not only eased but dropped."));
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 0, 1)), score("Sanctions were eventually very eased."));
    // no auxiliary before the reverser, a clause mark or "and" between: the sanctions stay an
    // act of conflict
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 0, 1)),
        score("Sanctions hurt; lifted spirits came later."));
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 0, 1)),
        score("The sanctions stayed and the mood was lifted."));
    // nine words between: out of the reach
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 0, 1)),
        score("The sanctions on the airline of the country in the north were lifted."));
  }

  @Test
  void negatedCooperationCountsAsVerbalConflict() {
    assertEquals(List.of(new SentenceTone(0, 0, 0, 1, 0)), score("They did not agree."));
    assertEquals(List.of(new SentenceTone(0, 0, 0, 1, 0)), score("There was no progress."));
    assertEquals(List.of(new SentenceTone(0, 0, 0, 1, 0)), score("They failed to sign."));
  }

  @Test
  void aReverserWithinTheWindowTurnsAMaterialConflictCueIntoCooperation() {
    assertEquals(
        List.of(new SentenceTone(0, 0, 1, 0, 0)), score("They lifted most economic sanctions."));
    // four words between: out of the window, the sanctions stay a conflict cue
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 0, 1)),
        score("They eased rules on many old sanctions."));
    // a clause mark ends the reach; a verbal conflict cue across "and" is a second act, not
    // the reverser's object (as its object, "ending a dispute", it is undone since lexicon
    // 2026.12.27: below)
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 0, 1)), score("Rates eased, sanctions followed."));
    assertEquals(List.of(new SentenceTone(0, 0, 0, 1, 0)), score("They eased and warned."));
    // "with" or "in" after a reverser make what follows an outcome, of either kind ("The
    // meeting ended with threats", "The protest ended in clashes")
    assertEquals(List.of(new SentenceTone(0, 0, 0, 1, 0)), score("Curbs eased with a warning."));
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 0, 1)), score("The blockade eased in clashes."));
  }

  @Test
  void negatedConflictIsDropped() {
    assertEquals(List.of(), score("The minister did not condemn the move."));
  }

  @Test
  void negationReachesAtMostThreeWordsBack() {
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 1, 0)), score("They did not yet fully agree."));
    assertEquals(
        List.of(new SentenceTone(0, 1, 0, 0, 0)), score("They did not at that time fully agree."));
  }

  @Test
  void negationStopsAtAComma() {
    assertEquals(List.of(new SentenceTone(0, 1, 0, 0, 0)), score("Not today, they agreed."));
  }

  @Test
  void negationDoesNotCrossSentences() {
    assertEquals(List.of(new SentenceTone(1, 1, 0, 0, 0)), score("Not now. Agreed."));
  }

  @Test
  void negatorExceptionCancelsTheNegator() {
    assertEquals(
        List.of(new SentenceTone(0, 1, 0, 0, 0)), score("They not only welcomed the plan."));
  }

  @Test
  void longerCueHidesTheCueInsideIt() {
    assertEquals(List.of(new SentenceTone(0, 0, 1, 0, 0)), score("They will lift sanctions."));
  }

  @Test
  void twoOverlappingCuesCountOnce() {
    // "fired missiles" and "missiles at" share a word: one act, counted for the longer cue
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 0, 1)), score("They fired missiles at the port."));
  }

  @Test
  void neutralPhraseHidesTheCueInsideIt() {
    assertEquals(List.of(), score("There are signs of a thaw."));
  }

  @Test
  void cooperationIndexIsTheBalanceOfCues() {
    assertEquals(0.5, ToneScorer.cooperationIndex(3, 1));
    assertEquals(-1.0, ToneScorer.cooperationIndex(0, 2));
    assertEquals(0.0, ToneScorer.cooperationIndex(2, 2));
    assertEquals(0.0, ToneScorer.cooperationIndex(0, 0));
    assertThrows(IllegalArgumentException.class, () -> ToneScorer.cooperationIndex(-1, 0));
  }

  @Test
  void aHazardInTheSentenceMakesItsHarmCuesNoCue() {
    ToneScorer scorer =
        ToneScorer.compile(
            ToneLexicon.fromJson(
                """
                {"version": "t", "verbal_cooperation": ["agree"], "material_cooperation": ["sign"],
                 "verbal_conflict": ["warn"], "material_conflict": ["kill", "attack"],
                 "hazards": ["earthquake", "cyclone"], "harms": ["kill"]}
                """));
    String text =
        "The earthquake killed 40. A cyclone struck, and rebels attacked a convoy, killing 3."
            + " Troops killed 12. The earthquakes went on.";
    // the second sentence keeps its attack; the third has no hazard of its own, and the plural
    // of a hazard is no hazard unless listed (hazards are matched as written)
    assertEquals(
        List.of(new SentenceTone(1, 0, 0, 0, 1), new SentenceTone(2, 0, 0, 0, 1)),
        scorer.score(text, SentenceSplitter.starts(text)));
  }

  @Test
  void aHarmThatIsNoConflictCueIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ToneLexicon.fromJson(
                    """
                    {"version": "t", "verbal_cooperation": ["help"], "material_cooperation": ["a"],
                     "verbal_conflict": ["warn"], "material_conflict": ["kill"],
                     "harms": ["help"]}
                    """));
    assertEquals(
        "lexicon: harm 'help' is no material_conflict, verbal_conflict or material_cooperation"
            + " cue",
        e.getMessage());
  }

  @Test
  void aCommitmentThatIsNoVerbalCooperationCueIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ToneLexicon.fromJson(
                    """
                    {"version": "t", "verbal_cooperation": ["help"], "material_cooperation": ["a"],
                     "verbal_conflict": ["warn"], "material_conflict": ["kill"],
                     "commitments": ["warn"]}
                    """));
    assertEquals("lexicon: commitment 'warn' is no verbal_cooperation cue", e.getMessage());
  }

  @Test
  void aCueAfterAQuestionsWhetherIsAskedAboutNotDone() {
    ToneScorer scorer =
        ToneScorer.compile(
            ToneLexicon.fromJson(
                """
                {"version": "t", "verbal_cooperation": ["talks"], "material_cooperation": ["a"],
                 "verbal_conflict": ["condemn"], "material_conflict": ["sanctions"],
                 "negator_exceptions": ["whether through"], "hypotheticals": ["whether"]}
                """));
    String asked = "Asked whether Ankara would join the sanctions, the minister said nothing.";
    assertEquals(List.of(), scorer.score(asked, new int[] {0}));
    // the clause ends at the comma: what follows is said, not asked
    String after = "Asked whether it would act, Ankara said it would condemn the strike.";
    assertEquals(List.of(new SentenceTone(0, 0, 0, 1, 0)), scorer.score(after, new int[] {0}));
    // beyond the reach of ten words the cue is the clause's own: twelve words stand between
    String far = "We ask whether one day all of the many parties in the region will hold talks.";
    assertEquals(List.of(new SentenceTone(0, 1, 0, 0, 0)), scorer.score(far, new int[] {0}));
    // "whether through" lists ways, and the cue after it counts
    String ways = "We will settle it whether through talks or in court.";
    assertEquals(List.of(new SentenceTone(0, 1, 0, 0, 0)), scorer.score(ways, new int[] {0}));
  }

  @Test
  void aGamesWordOrScoreMakesItsPlaysNoCue() {
    ToneScorer scorer =
        ToneScorer.compile(
            ToneLexicon.fromJson(
                """
                {"version": "t", "verbal_cooperation": ["agree"], "material_cooperation": ["sign"],
                 "verbal_conflict": ["accuse"], "material_conflict": ["attack", "battle"],
                 "games": ["striker", "kingside"], "plays": ["attack", "battle", "battled"]}
                """));
    // a game's word: the attack is the team's; the accusation beside it is no play and counts
    String word = "The striker led the attack, and the coach accused the referee.";
    assertEquals(List.of(new SentenceTone(0, 0, 0, 1, 0)), scorer.score(word, new int[] {0}));
    // a play is a form as written: "attacked" is not listed, and players attacking a striker act
    String attacked = "Fans attacked the striker after the match.";
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 0, 1)), scorer.score(attacked, new int[] {0}));
    // a game's score with no game's word ("drew 1-1"), and the listed form "battled"
    String score = "City battled back and drew 1-1 at Villa.";
    assertEquals(List.of(), scorer.score(score, new int[] {0}));
    // a range of pages, paragraphs or an amount is no score: the attack counts
    String pages = "The report (pp. 53-55) describes the attack on the convoy.";
    assertEquals(List.of(new SentenceTone(0, 0, 0, 0, 1)), scorer.score(pages, new int[] {0}));
    String amount = "Some 700-800 million people live under the threat of attack.";
    assertEquals(List.of(new SentenceTone(0, 0, 0, 0, 1)), scorer.score(amount, new int[] {0}));
    // in a sentence of its own the attack counts: the game's word is the other sentence's
    String two = "The striker scored twice. Rebels launched an attack on the town.";
    assertEquals(
        List.of(new SentenceTone(1, 0, 0, 0, 1)), scorer.score(two, SentenceSplitter.starts(two)));
  }

  @Test
  void aFramesVerbAndObjectWithWordsBetweenAreOneCue() {
    ToneScorer scorer =
        ToneScorer.compile(
            ToneLexicon.fromJson(
                """
                {"version": "t", "negators": ["not"],
                 "verbal_cooperation": ["agree"], "material_cooperation": ["sign"],
                 "verbal_conflict": ["disputed"], "material_conflict": ["closed the consulate"],
                 "frames": [{"class": "material_conflict", "verbs": ["close", "shut"],
                             "objects": ["consulate", "airspace"]},
                            {"class": "material_cooperation", "verbs": ["resume"],
                             "objects": ["diplomatic relation"]}]}
                """));
    // three words between verb and object: one act of the frame's class, inflected both sides
    String three = "Warsaw closed the Russian trade consulate in Gdansk.";
    assertEquals(List.of(new SentenceTone(0, 0, 0, 0, 1)), scorer.score(three, new int[] {0}));
    String resumed = "The two states resumed full diplomatic relations.";
    assertEquals(List.of(new SentenceTone(0, 0, 1, 0, 0)), scorer.score(resumed, new int[] {0}));
    // four words between them, a preposition or a clause mark: no frame
    String four = "Algeria shut the very last small airspace corridor.";
    assertEquals(List.of(), scorer.score(four, new int[] {0}));
    String preposition = "They closed talks on the consulate.";
    assertEquals(List.of(), scorer.score(preposition, new int[] {0}));
    String comma = "They shut it, and the consulate stayed open.";
    assertEquals(List.of(), scorer.score(comma, new int[] {0}));
    // a cue that spans the frame already is the act, counted once; a cue inside the frame is
    // part of it ("disputed" alone would be verbal conflict)
    String cue = "Warsaw closed the consulate.";
    assertEquals(List.of(new SentenceTone(0, 0, 0, 0, 1)), scorer.score(cue, new int[] {0}));
    String inside = "Baku shut the disputed airspace.";
    assertEquals(List.of(new SentenceTone(0, 0, 0, 0, 1)), scorer.score(inside, new int[] {0}));
    // a frame is a cue like the others: negated, a conflict counts nothing
    String negated = "Warsaw did not shut its airspace.";
    assertEquals(List.of(), scorer.score(negated, new int[] {0}));
    // a long text whose 64 matches (62 cues, a verb and an object) fill the buffer the matches
    // grow into, so that the frame's own match must grow it once more
    String agree = "They agree. ".repeat(62);
    String longText = agree + "Warsaw closed the Russian trade consulate.";
    List<SentenceTone> expected = new ArrayList<>();
    for (int k = 0; k < 62; k++) {
      expected.add(new SentenceTone(k, 1, 0, 0, 0));
    }
    expected.add(new SentenceTone(62, 0, 0, 0, 1));
    assertEquals(expected, scorer.score(longText, SentenceSplitter.starts(longText)));
  }

  @Test
  void aFramesObjectBeforeItsVerbInThePassiveIsOneCue() {
    ToneScorer scorer =
        ToneScorer.compile(
            ToneLexicon.fromJson(
                """
                {"version": "t", "negators": ["not", "yet to"],
                 "negator_exceptions": ["not only"],
                 "verbal_cooperation": ["agree"], "material_cooperation": ["a"],
                 "verbal_conflict": ["warn"], "material_conflict": ["kill"],
                 "frames": [{"class": "material_conflict", "verbs": ["close"],
                             "objects": ["consulate"], "passive": false},
                            {"class": "material_cooperation", "verbs": ["restore"],
                             "objects": ["diplomatic relation"]},
                            {"class": "material_conflict", "verbs": ["cut"],
                             "objects": ["tie"]},
                            {"class": "material_cooperation", "verbs": ["free"],
                             "objects": ["prisoner"]}]}
                """));
    // the object, up to eight words, the auxiliary, an adverb, the participle: one act
    String restored =
        "Diplomatic relations between the two countries were restored on Tuesday.";
    assertEquals(List.of(new SentenceTone(0, 0, 1, 0, 0)), scorer.score(restored, new int[] {0}));
    String cut = "Ties were formally cut.";
    assertEquals(List.of(new SentenceTone(0, 0, 0, 0, 1)), scorer.score(cut, new int[] {0}));
    // a frame that is not read in the passive, a negated participle, a verb that is no
    // participle, a clause or a sentence between: no act
    String closed = "The consulate will be closed for the holiday.";
    assertEquals(List.of(), scorer.score(closed, new int[] {0}));
    String negated = "Diplomatic relations were not restored.";
    assertEquals(List.of(), scorer.score(negated, new int[] {0}));
    // the lexicon's negators deny it, and its exceptions undo them
    String yet = "Diplomatic relations have yet to be restored.";
    assertEquals(List.of(), scorer.score(yet, new int[] {0}));
    String notOnly = "Diplomatic relations were not only restored.";
    assertEquals(List.of(new SentenceTone(0, 0, 1, 0, 0)), scorer.score(notOnly, new int[] {0}));
    String base = "The prisoners are free to leave.";
    assertEquals(List.of(), scorer.score(base, new int[] {0}));
    String clause = "They kept their ties while aid was cut.";
    assertEquals(List.of(), scorer.score(clause, new int[] {0}));
    String twoSentences = "Nobody spoke of ties. Trade was cut.";
    assertEquals(List.of(), scorer.score(twoSentences, SentenceSplitter.starts(twoSentences)));
  }

  @Test
  void aSeparableVerbSplitByItsObjectIsThePhrase() {
    ToneScorer scorer =
        ToneScorer.compile(
            ToneLexicon.fromJson(
                """
                {"version": "t", "negators": ["cut off"], "reversers": ["rolled back"],
                 "verbal_cooperation": ["offer"], "material_cooperation": ["handed back"],
                 "verbal_conflict": ["turned down"], "material_conflict": ["sanction"],
                 "separable": ["handed back", "turned down", "rolled back", "cut off"]}
                """));
    String handed = "Guards handed the detainees back at the border.";
    assertEquals(List.of(new SentenceTone(0, 0, 1, 0, 0)), scorer.score(handed, new int[] {0}));
    // a cue split by its object holds it, as the joined cue holds what follows it: the offer
    // turned down is one act of conflict (an offer alone would be verbal cooperation)
    String turned = "The government turned the IMF's offer down.";
    assertEquals(List.of(new SentenceTone(0, 0, 0, 1, 0)), scorer.score(turned, new int[] {0}));
    String joined = "The government turned down the IMF's offer.";
    assertEquals(List.of(new SentenceTone(0, 0, 0, 1, 0)), scorer.score(joined, new int[] {0}));
    // a reverser or a negator split by its object acts on it from the verb
    String rolled = "Washington rolled the steel sanctions back.";
    assertEquals(List.of(new SentenceTone(0, 0, 1, 0, 0)), scorer.score(rolled, new int[] {0}));
    String negator = "Moscow cut the offer off.";
    assertEquals(List.of(new SentenceTone(0, 0, 0, 1, 0)), scorer.score(negator, new int[] {0}));
    // five words between, a preposition, a reflexive or "upside": no separable verb
    String five = "Guards handed the two young frightened detainees back.";
    assertEquals(List.of(), scorer.score(five, new int[] {0}));
    String preposition = "Guards handed the keys to the town back.";
    assertEquals(List.of(), scorer.score(preposition, new int[] {0}));
    String upside = "The crisis turned the offer upside down.";
    assertEquals(List.of(new SentenceTone(0, 1, 0, 0, 0)), scorer.score(upside, new int[] {0}));
  }

  @Test
  void aSeparableVerbThatNoPhraseListsIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ToneLexicon.fromJson(
                    """
                    {"version": "t", "verbal_cooperation": ["help"], "material_cooperation": ["a"],
                     "verbal_conflict": ["warn"], "material_conflict": ["kill"],
                     "separable": ["sent back"]}
                    """));
    assertEquals(
        "lexicon: separable 'sent back' is no verb and particle that a cue, negator or reverser"
            + " lists",
        e.getMessage());
  }

  @Test
  void aCooperationCalledOffInThePassiveIsNegated() {
    ToneScorer scorer =
        ToneScorer.compile(
            ToneLexicon.fromJson(
                """
                {"version": "t", "negators": ["not"],
                 "verbal_cooperation": ["talks"], "material_cooperation": ["aid"],
                 "verbal_conflict": ["strike"], "material_conflict": ["attack"],
                 "cancellers": ["called off", "postponed", "blocked"]}
                """));
    // a negated act of cooperation is verbal conflict
    String talks = "The talks were called off.";
    assertEquals(List.of(new SentenceTone(0, 0, 0, 1, 0)), scorer.score(talks, new int[] {0}));
    String aid = "The aid convoy was blocked at the border.";
    assertEquals(List.of(new SentenceTone(0, 0, 0, 1, 0)), scorer.score(aid, new int[] {0}));
    // a negator between, no passive, or a clause between leave the act
    String not = "The talks were not called off.";
    assertEquals(List.of(new SentenceTone(0, 1, 0, 0, 0)), scorer.score(not, new int[] {0}));
    String active = "The talks postponed nothing.";
    assertEquals(List.of(new SentenceTone(0, 1, 0, 0, 0)), scorer.score(active, new int[] {0}));
    String clause = "The talks went well, but the dinner was postponed.";
    assertEquals(List.of(new SentenceTone(0, 1, 0, 0, 0)), scorer.score(clause, new int[] {0}));
    // a breakdown needs no passive, and calls off every cooperation cue before it in its
    // clause; not as an adjective ("the stalled talks") nor "broken down into" parts
    ToneScorer breakdowns =
        ToneScorer.compile(
            ToneLexicon.fromJson(
                """
                {"version": "t", "verbal_cooperation": ["talks", "agreement"],
                 "material_cooperation": ["aid"], "verbal_conflict": ["strike"],
                 "material_conflict": ["attack"], "breakdowns": ["collapsed", "stalled",
                 "broken down"]}
                """));
    String collapsed = "The talks on a trade agreement collapsed.";
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 1, 0)), breakdowns.score(collapsed, new int[] {0}));
    // the article before "stalled" across a line break, as the UN speeches' lines break
    String adjective = "Donors revived the\nstalled talks.";
    assertEquals(
        List.of(new SentenceTone(0, 1, 0, 0, 0)), breakdowns.score(adjective, new int[] {0}));
    String into = "The agreement was broken down into three parts.";
    assertEquals(List.of(new SentenceTone(0, 1, 0, 0, 0)), breakdowns.score(into, new int[] {0}));
    // an act of conflict stays; a canceller negates nothing after it, unlike a negator
    String strike = "The strike was called off.";
    assertEquals(List.of(new SentenceTone(0, 0, 0, 1, 0)), scorer.score(strike, new int[] {0}));
    String after = "The session was postponed owing to the attack.";
    assertEquals(List.of(new SentenceTone(0, 0, 0, 0, 1)), scorer.score(after, new int[] {0}));
  }

  @Test
  void whatYearsAfterGovernsIsHistoryToTheClausesEnd() {
    ToneScorer scorer =
        ToneScorer.compile(
            ToneLexicon.fromJson(
                """
                {"version": "t", "verbal_cooperation": ["agree"], "material_cooperation": ["sign"],
                 "verbal_conflict": ["condemn"], "material_conflict": ["war", "invade"]}
                """));
    // the war is the background, the signing after the comma an act
    String decades = "Three decades after their border war, Ecuador and Peru signed a deal.";
    assertEquals(List.of(new SentenceTone(0, 0, 1, 0, 0)), scorer.score(decades, new int[] {0}));
    // with no comma the clause runs twelve words at most: the invasion is history
    String years = "Eight years after its forces invaded the country the army went home.";
    assertEquals(List.of(), scorer.score(years, new int[] {0}));
    // weeks are no history but the background of what is told (since lexicon 2026.12.62; both
    // acts counted before): the signing is the act
    String weeks = "They signed a deal two weeks after the war.";
    assertEquals(List.of(new SentenceTone(0, 0, 1, 0, 0)), scorer.score(weeks, new int[] {0}));
    // "day after day" is a repetition, not a background
    String daily = "They condemn the war day after day.";
    assertEquals(List.of(new SentenceTone(0, 0, 0, 1, 0)), scorer.score(daily, new int[] {0}));
  }

  @Test
  void aSourceAfterTheLastCommaIsNoAct() {
    // who says it, after the sentence's last comma, is no act: the aid groups tell of the attack
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 0, 1)),
        defaultScore("Fighters stormed a hospital in the city, aid groups said."));
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 0, 1)),
        defaultScore("Fighters stormed a hospital in the city, said the peace envoy."));
    String text = "Fighters stormed a hospital, the aid convoy's drivers said.";
    assertEquals(text.indexOf(", the aid"), ToneScorer.attributionStart(text, 0, text.length()));
    // a verb of saying after an auxiliary is no source's, and more than six words no attribution
    String passive = "In the talks, much progress can be noted.";
    assertEquals(
        passive.length(), ToneScorer.attributionStart(passive, 0, passive.length()));
    String longer = "They signed, and the ministers of both countries later said.";
    assertEquals(longer.length(), ToneScorer.attributionStart(longer, 0, longer.length()));
  }

  @Test
  void aRelativeClauseAYearOfHistoryDatesIsBackground() {
    // the obituary's clause is history although "on Sunday" dates the sentence to its own days
    assertEquals(
        List.of(),
        scoreIn("The retired general, who led the clash in 1991, died on Sunday.", 2026));
    // "since" a year is what goes on since, and a clause with no year stays an act
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 1, 0)),
        scoreIn("The general, who has since 1991 condemned the agreement, spoke.", 2026));
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 0, 1)),
        scoreIn("The general, who led the clash, died on Sunday.", 2026));
  }

  @Test
  void aThingNamedByItsYearIsHistory() {
    // "the 1973 clash" names a thing of history, no act of the text's time
    assertEquals(List.of(), scoreIn("The general who led the 1973 clash has died.", 2026));
    assertEquals(List.of(), scoreIn("The inquiry into the 2019 border clash reports soon.", 2026));
    // the act that names it is an act of now (the present tense takes no object: without the
    // year the agreement would be an act too); a year of the text's own days names no history
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 1, 0)),
        scoreIn("They condemn the 1994 agreement.", 2026));
    assertEquals(
        List.of(new SentenceTone(0, 1, 0, 1, 0)), scoreIn("They condemn the agreement.", 2026));
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 0, 1)), scoreIn("The 2026 clash goes on.", 2026));
  }

  @Test
  void aFrameOfNoCueClassIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ToneLexicon.fromJson(
                    """
                    {"version": "t", "verbal_cooperation": ["help"], "material_cooperation": ["a"],
                     "verbal_conflict": ["warn"], "material_conflict": ["kill"],
                     "frames": [{"class": "conflict", "verbs": ["close"], "objects": ["port"]}]}
                    """));
    assertEquals(
        "lexicon: frame class 'conflict' is none of verbal_cooperation, material_cooperation,"
            + " verbal_conflict, material_conflict, neutral",
        e.getMessage());
    IllegalArgumentException empty =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ToneLexicon.fromJson(
                    """
                    {"version": "t", "verbal_cooperation": ["help"], "material_cooperation": ["a"],
                     "verbal_conflict": ["warn"], "material_conflict": ["kill"],
                     "frames": [{"class": "material_conflict", "verbs": ["close"],
                                 "objects": []}]}
                    """));
    assertEquals(
        "lexicon: frame of class material_conflict needs verbs and objects", empty.getMessage());
    // a phrase's frames are the bits of one long: 65 frames are one too many
    String frame = "{\"class\": \"neutral\", \"verbs\": [\"share\"], \"objects\": [\"border\"]}";
    String many =
        """
        {"version": "t", "verbal_cooperation": ["help"], "material_cooperation": ["a"],
         "verbal_conflict": ["warn"], "material_conflict": ["kill"], "frames": [%s]}
        """
            .formatted(String.join(", ", Collections.nCopies(65, frame)));
    IllegalArgumentException tooMany =
        assertThrows(IllegalArgumentException.class, () -> ToneLexicon.fromJson(many));
    assertEquals("lexicon: at most 64 frames, got 65", tooMany.getMessage());
  }

  @Test
  void aPlayThatIsNoConflictCueIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ToneLexicon.fromJson(
                    """
                    {"version": "t", "verbal_cooperation": ["help"], "material_cooperation": ["a"],
                     "verbal_conflict": ["warn"], "material_conflict": ["kill"],
                     "plays": ["help"]}
                    """));
    assertEquals(
        "lexicon: play 'help' is no form of a material_conflict or verbal_conflict cue",
        e.getMessage());
  }

  @Test
  void aQuestionThatAsksWhetherAnActWillBeTellsNoAct() {
    ToneScorer scorer =
        ToneScorer.compile(
            ToneLexicon.fromJson(
                """
                {"version": "t", "verbal_cooperation": ["congratulate"],
                 "material_cooperation": ["sign"], "verbal_conflict": ["accuse"],
                 "material_conflict": ["sanction"]}
                """));
    assertEquals(
        List.of(), scorer.score("Will Washington sanction Ankara?", new int[] {0}));
    assertEquals(
        List.of(), scorer.score("\"Can Cairo and Addis Ababa sign a deal?\"", new int[] {0}));
    // a negative question asserts; "Does" and "Is" open accusations as often; a question's word
    // takes the act as done; "May I" does what it asks leave to do; no question mark, no question
    for (String asserted : List.of(
        "Can it not be said that they sanctioned the poor?",
        "Won't they sign the deal?",
        "Does Pretoria seek to sanction its neighbours?",
        "Why did Washington sanction Ankara?",
        "May I congratulate you on your election?",
        "Will Washington sanction Ankara, the minister asked.")) {
      assertEquals(1, scorer.score(asserted, new int[] {0}).size(), asserted);
    }
  }

  @Test
  void aCueOpenedByAPastVerbAlsoMatchesAHeadlinesPresentTense() {
    // every stem the past may come from is tried; a headline drops the determiner
    assertEquals(
        List.of("recalls its ambassador", "recalls ambassador", "recalles its ambassador",
            "recalles ambassador", "recals its ambassador", "recals ambassador"),
        ToneScorer.headlineForms("recalled its ambassador"));
    assertEquals(List.of("denies entry"), ToneScorer.headlineForms("denied entry"));
    // "clos" and "close" give the same present, once
    assertEquals(
        List.of("closes the border", "closes border"),
        ToneScorer.headlineForms("closed the border"));
    // none for one word, a verb not in the past in -ed, or a verb with a particle
    assertEquals(List.of(), ToneScorer.headlineForms("recalled"));
    assertEquals(List.of(), ToneScorer.headlineForms("cut ties"));
    assertEquals(List.of(), ToneScorer.headlineForms("sanctioned by"));
    ToneScorer scorer =
        ToneScorer.compile(
            ToneLexicon.fromJson(
                """
                {"version": "t", "verbal_cooperation": ["agree"], "material_cooperation": ["a"],
                 "verbal_conflict": ["recalled its ambassador"], "material_conflict": ["b"]}
                """));
    String headline = "Colombia recalls ambassador from Israel";
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 1, 0)), scorer.score(headline, new int[] {0}));
  }

  @Test
  void aCommitmentToAConflictCueIsAThreat() {
    ToneScorer scorer =
        ToneScorer.compile(
            ToneLexicon.fromJson(
                """
                {"version": "t", "verbal_cooperation": ["promise", "backing"],
                 "material_cooperation": ["return"], "verbal_conflict": ["response", "protest"],
                 "material_conflict": ["hunt down", "looted"], "commitments": ["promise"]}
                """));
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 1, 0)),
        scorer.score("Minsk promised a response.", new int[] {0}));
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 1, 0)),
        scorer.score("The minister promised to hunt down those responsible.", new int[] {0}));
    // a verb of its own between: the return is the promise's object, and the looting no
    // threat of the promise's (nor an act of its own: a participle that tells what is returned)
    assertEquals(
        List.of(new SentenceTone(0, 1, 0, 0, 0)),
        scorer.score("Paris promised to return 26 looted statues.", new int[] {0}));
    // a cooperation cue that is no commitment keeps its side
    assertEquals(
        List.of(new SentenceTone(0, 1, 0, 1, 0)),
        scorer.score("Rabat's backing met a response.", new int[] {0}));
  }

  @Test
  void whatAProtestIsAtIsItsObject() {
    ToneScorer scorer = ToneScorer.defaultLexicon();
    // one act of conflict: the backing is what the protest is at
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 1, 0)),
        scorer.score(
            "Rabat recalled its envoy in protest at Madrid's backing of the plan.",
            new int[] {0}));
    // an auxiliary opens a verb of its own: the aggression and the praise are two acts
    assertEquals(
        List.of(new SentenceTone(0, 1, 0, 1, 0)),
        scorer.score(
            "The swift reaction to the aggression against Kuwait should be commended.",
            new int[] {0}));
  }

  @Test
  void aVerbalConflictHarmIsNoCueBesideAHazard() {
    ToneScorer scorer =
        ToneScorer.compile(
            ToneLexicon.fromJson(
                """
                {"version": "t", "verbal_cooperation": ["agree"], "material_cooperation": ["help"],
                 "verbal_conflict": ["warn", "condemn"], "material_conflict": ["kill"],
                 "hazards": ["eruption"], "harms": ["warn"]}
                """));
    // sentence 0: a hazard, so "warned" (a form of the harm) is no cue, "condemned" still is;
    // sentence 1: no hazard, so "warned" counts
    String text = "After the eruption officials warned and condemned. Rebels warned the army.";
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 1, 0), new SentenceTone(1, 0, 0, 1, 0)),
        scorer.score(text, SentenceSplitter.starts(text)));
  }

  @Test
  void anEvacuationBesideAHazardIsNoCooperation() {
    ToneScorer scorer =
        ToneScorer.compile(
            ToneLexicon.fromJson(
                """
                {"version": "t", "verbal_cooperation": ["agree"],
                 "material_cooperation": ["evacuate", "aid"],
                 "verbal_conflict": ["warn"], "material_conflict": ["kill"],
                 "hazards": ["flood"], "harms": ["evacuate"]}
                """));
    // sentence 0: the flood forced it, so "evacuated" (the harm's form) is no cue, "aid" still
    // is; sentence 1: no hazard, the evacuation the sides agreed is their one act of agreement
    // (it counted twice before the scorer counted acts)
    String text =
        "A flood forced 2,000 people to be evacuated and aid arrived. "
            + "The sides agreed to evacuate the wounded.";
    assertEquals(
        List.of(new SentenceTone(0, 0, 1, 0, 0), new SentenceTone(1, 1, 0, 0, 0)),
        scorer.score(text, SentenceSplitter.starts(text)));
  }

  private static List<SentenceTone> scoreIn(String text, Integer year) {
    return SCORER.score(text, SentenceSplitter.starts(text), SCORER.phrases().over(text), year);
  }

  @Test
  void anActNearADateYearsBeforeTheTextTellsHistory() {
    // "signed" is the first sentence's act and "condemned" the second's; written in 2024 the
    // first tells history, undated or written in 1976 (1975 is not two years before) it does not
    String text = "In 1975 the two states signed the accord. Today they condemned it.";
    SentenceTone condemned = new SentenceTone(1, 0, 0, 1, 0);
    assertEquals(List.of(condemned), scoreIn(text, 2024));
    List<SentenceTone> both = List.of(new SentenceTone(0, 0, 1, 0, 0), condemned);
    assertEquals(both, scoreIn(text, null));
    assertEquals(both, scoreIn(text, 1976));
    // a decade by its last year: 1999 is two years before 2001, not before 2000
    String decade = "They clashed often in the early 1990s.";
    assertEquals(List.of(new SentenceTone(0, 0, 0, 0, 1)), scoreIn(decade, 2000));
    assertEquals(List.of(), scoreIn(decade, 2001));
    // a month or a day between "in" and the year; "from" and "between"; a clause after a year
    assertEquals(List.of(), scoreIn("In April 1980 the rebels clashed with troops.", 2024));
    assertEquals(List.of(), scoreIn("The powers signed treaties from 1814 to 1815.", 2024));
    assertEquals(
        List.of(), scoreIn("The line has held since 1953, when the truce was signed.", 2024));
    // what goes on since a year, a thing a year names and a sentence of the text's own days
    // are acts of now
    SentenceTone signed = new SentenceTone(0, 0, 1, 0, 0);
    assertEquals(
        List.of(signed), scoreIn("They have signed a list every January since 1992.", 2024));
    assertEquals(
        List.of(signed), scoreIn("They signed a loan to rebuild after the 2015 earthquake.", 2024));
    SentenceTone condemnedNow = new SentenceTone(0, 0, 0, 1, 0);
    assertEquals(
        List.of(condemnedNow), scoreIn("On Tuesday they condemned a raid made in 1990.", 2024));
    // the act a date tells stands at most twelve words from it: "clashed" is one word from 1989,
    // "condemn" seventeen
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 1, 0)),
        scoreIn("The two armies clashed in 1989, and years of talks that many of us in this hall"
            + " took part in followed, so we condemn the new walls.", 2024));
    // before a date at most eight words: "condemn" is eleven words before 1975, "signed" one
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 1, 0)),
        scoreIn("We condemn the way that the old accord of the region, signed in 1975, ended.",
            2024));
    assertEquals(List.of(), scoreIn("The region saw a clash in the year 1975.", 2024));
    // a date within four words of the sentence's start dates all of it: "signed" is more than
    // twelve words after 1975
    assertEquals(
        List.of(),
        scoreIn("In 1975, at the close of the long conference of the region, thirty-five states"
            + " in the hall signed the final act.", 2024));
    // a year that opens the sentence has no word to date it by
    assertEquals(List.of(signed), scoreIn("1975: the two states signed the accord.", 2024));
    // a day's date names the day, whatever is told of it: "on 1 August 1990"
    assertEquals(
        List.of(condemnedNow),
        scoreIn("The council condemned the move to the lines held on 1 August 1990.", 2024));
  }

  @Test
  void aWarOrBattleByItsNameIsNoAct() {
    // the name's last word after a capitalised word, or its first before "of" and a name
    String a = "A film on the Falklands War opened.";
    assertTrue(namesAnEvent(a, "War"));
    String b = "An exhibition on the Battle of Kursk has opened.";
    assertTrue(namesAnEvent(b, "Battle"));
    // a headline in title case, a sentence's first word, a lower-case war and a verb are acts
    String c = "Russia Declares War On Its Neighbour";
    assertFalse(namesAnEvent(c, "War"));
    String d = "They fled. War came to the valley.";
    assertFalse(namesAnEvent(d, "War"));
    String e = "The Falklands war began.";
    assertFalse(namesAnEvent(e, "war"));
    String f = "Israeli Strikes on the city went on.";
    assertFalse(namesAnEvent(f, "Strikes"));
  }

  @Test
  void aCueInsideANameInProseIsNoAct() {
    // between two capitalised words of a sentence in prose: a party's, a forum's, a treaty's name
    String a = "Soldiers raided the offices of the National Unity Platform in Kampala.";
    int u = a.indexOf("Unity");
    assertTrue(ToneScorer.insideAName(
        a, u, u + 5, sentenceFrom(a, u), sentenceTo(a, u)));
    // a title-case headline has no lower-case word of five letters: its capitals say nothing
    String b = "Russia, Ukraine Agree Ceasefire Deal";
    int c = b.indexOf("Ceasefire");
    assertFalse(ToneScorer.insideAName(
        b, c, c + 9, sentenceFrom(b, c), sentenceTo(b, c)));
    // the last word of a name after a capitalised word is inside it too, unless it names a
    // document or talks, which tell of the agreement or the talks; a cue that opens a sentence
    // stays a cue
    String d = "They thanked the Organization of African Unity for its support.";
    int du = d.indexOf("Unity");
    assertTrue(ToneScorer.insideAName(
        d, du, du + 5, sentenceFrom(d, du), sentenceTo(d, du)));
    String p = "Both states ratified the Paris Agreement last year.";
    int pa = p.indexOf("Agreement");
    assertFalse(ToneScorer.insideAName(
        p, pa, pa + 9, sentenceFrom(p, pa), sentenceTo(p, pa)));
    String e = "Peace Corps volunteers returned to the country.";
    assertFalse(ToneScorer.insideAName(
        e, 0, 5, sentenceFrom(e, 0), sentenceTo(e, 0)));
    // unless a firm's word follows it (lexicon 2026.12.67)
    String ef = "Siege Capital's assets grew by a third.";
    assertTrue(ToneScorer.insideAName(
        ef, 0, 5, sentenceFrom(ef, 0), sentenceTo(ef, 0)));
    // "the" before a capitalised cue and a capitalised word after it: a name, at a sentence's
    // start too; "the" before a cue in lower case is none
    String f = "The Friendship Bridge handled the freight.";
    assertTrue(ToneScorer.insideAName(f, 4, 14, sentenceFrom(f, 4), sentenceTo(f, 4)));
    String g = "They crossed the friendship bridge at dawn.";
    int gf = g.indexOf("friendship");
    assertFalse(ToneScorer.insideAName(
        g, gf, gf + 10, sentenceFrom(g, gf), sentenceTo(g, gf)));
    // any word before a capitalised cue and a capitalised word after it: a name too
    String h = "Shells hit the so-called Friendship Bridge overnight.";
    int hf = h.indexOf("Friendship");
    assertTrue(ToneScorer.insideAName(
        h, hf, hf + 10, sentenceFrom(h, hf), sentenceTo(h, hf)));
    // a short title in quotes written in capitals is a name; quoted speech in lower case and a
    // quote that holds the whole sentence are not
    String t = "The play \"Ceasefire\" opens on Thursday.";
    int tc = t.indexOf("Ceasefire");
    assertTrue(ToneScorer.insideAName(
        t, tc, tc + 9, sentenceFrom(t, tc), sentenceTo(t, tc)));
    String q = "The envoy called the deal \"Ceasefire in name only\" on Thursday.";
    int qc = q.indexOf("Ceasefire");
    assertFalse(ToneScorer.insideAName(
        q, qc, qc + 9, sentenceFrom(q, qc), sentenceTo(q, qc)));
    String w = "\"Ceasefire Now\"";
    assertFalse(ToneScorer.insideAName(w, 1, 10, sentenceFrom(w, 1), sentenceTo(w, 1)));
  }

  @Test
  void emptyCueClassIsRejectedWithItsField() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ToneLexicon.fromJson(
                    """
                    {"version": "t", "verbal_cooperation": [], "material_cooperation": ["a"],
                     "verbal_conflict": ["b"], "material_conflict": ["c"]}
                    """));
    assertEquals("lexicon: field 'verbal_cooperation' must not be empty", e.getMessage());
  }

  @Test
  void aPhraseListedInTwoClassesIsRejectedWithBoth() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ToneLexicon.fromJson(
                    """
                    {"version": "t", "neutral": ["De-escalation"],
                     "verbal_cooperation": ["de-escalation"], "material_cooperation": ["a"],
                     "verbal_conflict": ["b"], "material_conflict": ["c"]}
                    """));
    assertEquals(
        "lexicon: 'De-escalation' is listed twice (verbal_cooperation, neutral); a phrase belongs"
            + " to one class",
        e.getMessage());
  }

  @Test
  void cuesOfOneActCountOnce() {
    // the words of one act of cooperation, side by side, are one act
    assertEquals(
        List.of(new SentenceTone(0, 0, 1, 0, 0)),
        defaultScore("Moldova signed an electricity supply deal with Romania."));
    // an act takes its first cue's class (signed, then the accord); an act of the other leaning
    // after "while" is another act, so the text is even
    assertEquals(
        List.of(new SentenceTone(0, 0, 1, 1, 0)),
        defaultScore(
            "Spain and Morocco signed a fisheries accord, while Madrid protested over a new map."));
    // words about an act and the act they are about are one act, of the words' class
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 1, 0)),
        defaultScore("The minister condemned the air strikes."));
    // two acts joined by "and" stay two
    assertEquals(
        List.of(new SentenceTone(0, 0, 2, 0, 0)),
        defaultScore("The two states signed and ratified the treaty."));
  }

  @Test
  void aCooperationCueAVerbOfConflictIsAboutIsNoActOfItsOwn() {
    // "condemned" then "agreement" one word on: the condemnation is the one act
    assertEquals(List.of(new SentenceTone(0, 0, 0, 1, 0)), score("They condemned the agreement."));
    // so with a refusal: "agree" negated is a verbal conflict act, "progress" what it is about
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 1, 0)), score("They did not agree to the progress."));
    // the present tense ("condemn" is also a noun's or a plural's form), "and" between, and a
    // cue more than five words on are acts of their own
    SentenceTone both = new SentenceTone(0, 1, 0, 1, 0);
    assertEquals(List.of(both), score("They condemn the agreement."));
    assertEquals(List.of(both), score("They condemned it and welcomed the agreement."));
    assertEquals(
        List.of(both),
        score("They condemned what the two old rival states in the region called progress."));
  }

  @Test
  void aConflictsParticipleDescribesTheObjectOfACooperativeAct() {
    // what was seized, looted or detained before the release or the return is the act's object:
    // one act of material cooperation
    SentenceTone release = new SentenceTone(0, 0, 1, 0, 0);
    assertEquals(List.of(release), defaultScore("Tehran releases the cargo ship seized in May."));
    assertEquals(
        List.of(release), defaultScore("The museum handed back 40 looted bronze statues."));
    // the same words as a verb of their own, after an auxiliary or a copula or before an object,
    // are an act of conflict beside the cooperation: the sentence is even
    SentenceTone even = new SentenceTone(0, 0, 1, 0, 1);
    assertEquals(
        List.of(even), defaultScore("They released the cargo ship that was seized in May."));
    assertEquals(
        List.of(even), defaultScore("Fighters who signed the truce ambushed the convoy."));
  }

  @Test
  void aCueIsTheSubjectOfAFigureOnlyBeforeAVerbOfChangeAndAnAmount() {
    String rose = "Aid rose 5% in May.";
    assertTrue(ToneScorer.toldAsAFigure(rose, 3, rose.length()));
    String record = "Investment in solar grew to a record US$9bn.";
    assertTrue(ToneScorer.toldAsAFigure(record, 10, record.length()));
    String units = "Aid from the bloc totalled 18 billion euros.";
    assertTrue(ToneScorer.toldAsAFigure(units, 3, units.length()));
    // no amount after the verb, a clause mark before it, a year for a number
    String deal = "Talks reached a $5 billion deal.";
    assertFalse(ToneScorer.toldAsAFigure(deal, 5, deal.length()));
    String comma = "Aid, officials said, rose 5%.";
    assertFalse(ToneScorer.toldAsAFigure(comma, 3, comma.length()));
    String year = "Attacks doubled in 2024.";
    assertFalse(ToneScorer.toldAsAFigure(year, 7, year.length()));
    // at the text's end, and with nothing but the cue; no verb of change within five words
    assertFalse(ToneScorer.toldAsAFigure("Aid", 3, 3));
    String far = "Aid to the poorest of the world's nations rose 5%.";
    assertFalse(ToneScorer.toldAsAFigure(far, 3, far.length()));
  }

  @Test
  void amountWordsCountsOnlyMoney() {
    // a number with its units and currency, or after a currency sign
    String eu = "blocked 6.6 billion euros of EU military aid";
    assertEquals(3, ToneScorer.amountWords(eu, 7, eu.indexOf("military")));
    String us = "blocked $40 billion in aid";
    assertEquals(2, ToneScorer.amountWords(us, 7, us.indexOf("aid")));
    // a count of things, a year's span and a stray unit are no money
    String wars = "no fewer than 65 local wars";
    assertEquals(0, ToneScorer.amountWords(wars, 2, wars.length()));
    String years = "an end to 16 years of confrontation";
    assertEquals(0, ToneScorer.amountWords(years, 9, years.length()));
    String stray = "not lost hope m the talks";
    assertEquals(0, ToneScorer.amountWords(stray, 3, stray.length()));
  }

  @Test
  void nameWordsCountsTheWordsThatGoOnAName() {
    // every capitalised word after a capitalised word, one space between, goes on one name
    String sea = "pulled out of the Black Sea grain deal";
    assertEquals(1, ToneScorer.nameWords(sea, 13, sea.indexOf("deal")));
    String iran = "withdrew from the Iran Nuclear Deal";
    assertEquals(2, ToneScorer.nameWords(iran, 13, iran.length()));
    // a lower-case word ends a name, and a comma stands between words of no one name
    String us = "the United States of America and Japan";
    assertEquals(1, ToneScorer.nameWords(us, 0, us.length()));
    String list = "Paris, Berlin and Rome";
    assertEquals(0, ToneScorer.nameWords(list, 0, list.length()));
    String plain = "the old regional grain deal";
    assertEquals(0, ToneScorer.nameWords(plain, 0, plain.length()));
  }

  @Test
  void defaultLexiconScoresADiplomaticSentence() {
    // two acts of verbal conflict: not agreeing, and, after "but", condemning the shelling
    String text = "The ministers did not agree on the border but condemned the shelling.";
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 2, 0)),
        defaultScore(text));
    assertEquals("2026.12.99", ToneScorer.defaultLexicon().version());
  }

  @Test
  void defaultLexiconReadsTheBlindSetsWording() {
    // each sentence scored alone, with its cue counts: verbal and material cooperation, verbal
    // and material conflict; none() for a sentence that must have no tone
    List<Map.Entry<String, List<SentenceTone>>> cases =
        List.of(
            // lexicon 2026.12.99: a country's foreign-exchange reserves, shares that were
            // hammered and an outlook released are no act; a mirror response promised is a
            // threat, and a chargé d'affaires recalled a protest as an ambassador recalled is
            none("Our foreign-exchange reserves rose to $9 billion."),
            none("Tesla shares were lower on Friday."),
            none("The OECD releases its economic outlook on Thursday."),
            none("Airbus missed its delivery targets again."),
            tone("Moscow promised a mirror response.", 0, 0, 1, 0),
            tone("Lima recalled its chargé d'affaires from Mexico City.", 0, 0, 1, 0),
            // lexicon 2026.12.98: support withdrawn and a promise broken are verbal conflict
            // (frames, words between), a ban lifted, eased or ended is material cooperation, and
            // drones that strike attack; a war on a disease is no one's act, and "scraps" opens
            // a negation in a headline while scraps of something negate nothing
            tone("The metalworkers' union withdrew its support for the pension reform.",
                0, 0, 1, 0),
            tone("They have broken every promise they made to us.", 0, 0, 1, 0),
            tone("Riyadh lifted the travel ban on Qatari citizens.", 0, 1, 0, 0),
            tone("Pretoria ended the ban on political parties.", 0, 1, 0, 0),
            tone("Army drones strike market in rebel-held town", 0, 0, 0, 1),
            none("Health ministers from 14 states declared war on malaria."),
            tone("Canada scraps talks with India", 0, 0, 1, 0),
            tone("Only scraps of the old treaty survive in the archive.", 0, 1, 0, 0),
            // the fifty-eighth round (ToneScorer): a frame's verb inside a neutral word that
            // starts before it makes no frame, so the commitments are made, not broken
            tone("Ground-breaking commitments on emissions were reached.", 1, 0, 0, 0),
            // the fifty-seventh round (ToneScorer): a party's, a front's or a charity's name
            // opening a sentence is no cue ("Unity Party", "War Child"); the act beside it counts
            tone("Unity Party quits the ruling coalition, accuses president of betrayal",
                0, 0, 1, 0),
            tone("War Child and Unicef joined forces to reopen 40 schools in Taiz.", 0, 1, 0, 0),
            // lexicon 2026.12.97: a headline's "ink" seals a pact, "bury hatchet" makes peace
            // without its article, an army put on the highest state of alert is readied for
            // war, and a bank removed from a blacklist is freed of a penalty
            tone("Nepal, India ink hydropower pact", 0, 1, 0, 0),
            tone("Seoul, Tokyo bury hatchet in wartime labour row", 1, 0, 0, 0),
            tone("Serbia put its army on the highest state of alert.", 0, 0, 0, 1),
            tone("Washington removes Syrian central bank from blacklist", 0, 1, 0, 0),
            // the fifty-seventh round (ToneScorer): a negator that starts with a reverser
            // ("revoked the") ends an act of conflict as the reverser does, and one with "a"
            // (lexicon 2026.12.96) negates an act of cooperation; "not" before it still negates
            tone("Washington revoked the sanctions on the airline.", 0, 1, 0, 0),
            none("Washington did not scrap the sanctions on the airline."),
            tone("Niger revoked a defence agreement with France.", 0, 0, 1, 0),
            // lexicon 2026.12.96: "should the" put first is a condition ("Should the talks
            // fail"); the act of the main clause stands
            tone("Should the talks fail, the army will resume the offensive.", 0, 0, 0, 1),
            // lexicon 2026.12.96: "coordinated" before a raid, a strike or an expulsion tells how
            // the act was done (one act of conflict), and "a coordinated move" no act; standing
            // firmly behind someone supports them, rebels laying down arms is cooperation, and
            // illegal trawling, hunting or crops and a shell-shocked team accuse and attack no one
            tone("Lithuania and Poland expelled 17 Russian diplomats in a coordinated move.",
                0, 0, 0, 1),
            tone("Gunmen carried out coordinated raids on three villages.", 0, 0, 0, 1),
            tone("The two ministries coordinated their response to the floods.", 1, 0, 0, 0),
            tone("Bulgaria stands firmly behind Ukraine's sovereignty.", 1, 0, 0, 0),
            tone("Those who stand behind the attacks must face justice.", 0, 0, 0, 1),
            tone("2,000 rebels lay down arms in Colombia", 0, 1, 0, 0),
            none("Illegal trawling has emptied the bay of fish."),
            none("The players looked shell-shocked after the defeat."),
            // the fifty-seventh round (ToneScorer): a name of several words counts as one word
            // between a negator or a reverser and its cue; other words count in full
            tone("Moscow pulled out of the Black Sea grain deal.", 0, 0, 1, 0),
            tone("Brussels lifted the European Union arms embargo on the island.", 0, 1, 0, 0),
            tone("Brussels lifted the old heavy arms embargo on the island.", 0, 0, 0, 1),
            // the fifty-sixth round (ToneScorer): "not A but B" denies A and affirms B, while
            // "no A but B" is "none but B" and a cue right after "not" stays negated
            tone("We are not rivals but partners, the premier told his counterpart.", 1, 0, 0, 0),
            tone("Seoul wants not confrontation but dialogue with Pyongyang.", 1, 0, 0, 0),
            none("There can be no peace but a just peace."),
            tone("The two sides did not sign but talked.", 0, 0, 1, 0),
            // lexicon 2026.12.95: a bomb cyclone is a storm, battle-hardened negotiators fought
            // no battle there, and a problem attacked is no one's act; a bomb and a battle are
            none("A bomb cyclone hit the coast, knocking out power to 200,000 homes."),
            tone("Battle-hardened negotiators from Kenya and Tanzania struck a deal.", 0, 1, 0, 0),
            none("The two firms attacked the problem of emissions together."),
            tone("A bomb hit the coast road.", 0, 0, 0, 1),
            tone("The militia attacked the convoy.", 0, 0, 0, 1),
            // lexicon 2026.12.94: an Arctic blast or a cold snap is a hazard, and a fire set
            // by one (or by lightning) is its harm, no one's act; rioters' fire is
            none("An Arctic blast sent temperatures down to minus 45, killing livestock."),
            none("A lightning strike set fire to a storage tank at the refinery."),
            tone("Rioters set fire to the French embassy.", 0, 0, 0, 1),
            // lexicon 2026.12.94: a bridge, a pipeline or a depot blown up is material conflict
            // (a frame); a deal or a row that "blew up" is no such act
            tone("Rebels blew up the Friendship Bridge, cutting the supply route.", 0, 0, 0, 1),
            tone("Saboteurs have blown up the gas pipeline twice this year.", 0, 0, 0, 1),
            none("The photo was blown up to poster size."),
            // the fifty-fifth round (ToneScorer): a cooperative cue that a material conflict's
            // verb in the past is over is the act's cause, not an act of its own; without "over"
            // the deal is signed, an act of its own
            tone("Somalia expelled Ethiopia's ambassador over the port deal.", 0, 0, 0, 1),
            tone("Moscow seized two tankers over the grain deal.", 0, 0, 0, 1),
            tone(
                "Somalia expelled Ethiopia's ambassador and signed a port deal with Kenya.",
                0, 1, 0, 1),
            // the fifty-sixth round: a headline's present and a noun in -s take the cause too
            tone("Somalia expels Ethiopian envoy over port deal", 0, 0, 0, 1),
            tone("Deadly clashes over the water deal left 12 dead.", 0, 0, 0, 1),
            tone("Somalia expels Ethiopian envoy and signs port deal with Kenya", 0, 1, 0, 1),
            // lexicon 2026.12.93: a friendly match is a game, so a side's attack in it is play
            // (the friendly itself still reads as a sporting tie)
            tone("Brazil's attack ran riot in a friendly match against Japan.", 1, 0, 0, 0),
            // lexicon 2026.12.92: promises broken are verbal conflict; embassies reopened, an
            // expulsion reversed, sanctions dropped and a protest or objection withdrawn are
            // cooperation; aid halted or frozen, a missile fired, convoys blocked, a summit
            // skipped and a truce offer rejected in a headline are conflict; talks scheduled,
            // people displaced by violence, a war-torn place, a unity government, aid agencies, a
            // clash of schedules, a war on prices, a rocket at the space centre and a comment
            // declined tell no act
            tone("Athens said Ankara had broken its promises.", 0, 0, 1, 0),
            tone("Riyadh and Tehran announced the reopening of their embassies.", 0, 1, 0, 0),
            tone("The junta reversed the expulsion of the French envoy.", 0, 1, 0, 0),
            tone("Washington dropped sanctions on the oil firm.", 0, 1, 0, 0),
            tone("Malaysia withdrew its objection to the pipeline.", 1, 0, 0, 0),
            tone("Manila dropped its protest over the survey ship.", 1, 0, 0, 0),
            tone("Washington halted its aid to the junta.", 0, 0, 1, 0),
            tone("The Hague froze its aid programme for Kabul.", 0, 0, 1, 0),
            tone("The North fired a ballistic missile over Hokkaido.", 0, 0, 0, 1),
            tone("The army blocked aid convoys for a week.", 0, 0, 0, 1),
            tone("Budapest blocked Sweden's accession.", 0, 0, 1, 0),
            tone("The president skipped the summit in Brasilia.", 0, 0, 1, 0),
            tone("They stabbed us in the back, the president said.", 0, 0, 1, 0),
            tone("Militia rejects latest truce offer", 0, 0, 1, 0),
            none("The next round of talks is scheduled for June."),
            none("Families displaced by violence crowded into schools."),
            none("The war-torn province lost half its people."),
            none("The unity government met for the first time."),
            none("Aid agencies met in Geneva."),
            none("A clash of schedules moved the summit to May."),
            none("Retailers declared a war on prices."),
            none("The rocket exploded on the launch pad at the space centre."),
            none("The ministry declined to comment on the aid package."),
            // and: a wealth fund taking a stake invests; a partnership in tatters failed; force not
            // ruled out threatens; observers barred are kept out; a company is no shell
            tone("Oman's wealth fund takes stake in Kenyan telecoms firm", 0, 1, 0, 0),
            tone("Their partnership lies in tatters.", 0, 0, 1, 0),
            tone("Beijing did not rule out military action over the strait.", 0, 0, 1, 0),
            tone("The junta barred foreign observers from the vote.", 0, 0, 0, 1),
            none("Shell reported higher profits."),
            // and: a pledge broken is verbal conflict, a demand withdrawn cooperation; an act
            // expected is no act yet, nor is a sanctions panel's meeting; a match killed off is
            // a game
            tone("Seoul said Tokyo had broken its pledge.", 0, 0, 1, 0),
            tone("Khartoum withdrew its demand that the mission leave.", 1, 0, 0, 0),
            none("The two ministers are expected to sign the accord next week."),
            none("The sanctions panel meets on Thursday."),
            none("Their striker killed off the game in the second half."),
            // lexicon 2026.12.91: a side's strikers are players, no workers on strike, in a
            // sentence with a game's word
            none("Argentina's strikers bombarded the Brazilian goal, but the qualifier ended"
                + " goalless."),
            // lexicon 2026.12.90: an ambassador sent back, a candidate backed and a hotline set
            // up are cooperation; a quarrel is verbal conflict, and settled when settled; hosting
            // a final is no act, nor are former battle lines
            tone("Algeria sent its ambassador back to Madrid.", 1, 0, 0, 0),
            tone("Uruguay backed Paraguay's candidate to lead the bank.", 1, 0, 0, 0),
            tone("China and Vietnam set up a hotline between their fisheries agencies.",
                0, 1, 0, 0),
            tone("Petty quarrels divide the two parties.", 0, 0, 1, 0),
            tone("The two sides settled their quarrel over fishing.", 1, 0, 0, 0),
            none("Belgrade hosted the final of the basketball championship."),
            none("Tourists walked along the former battle lines."),
            // lexicon 2026.12.89: arms laid down or handed in are material cooperation, and
            // refused when refused; "during the war" and "before the war" date, they tell no act;
            // a dispute the parties move to end is settled (one act with the deal); a possible
            // act is not yet one; a militant cell neutralised is material conflict
            tone("Rebels laid down their arms at a ceremony in Bangui.", 0, 1, 0, 0),
            tone("The rebels refused to lay down their arms.", 0, 0, 1, 0),
            none("The poet wrote her first novel during the war."),
            tone("Chile and Peru struck a deal to end their dispute over fishing quotas.",
                0, 1, 0, 0),
            none("The Kremlin declined to comment on a possible prisoner exchange."),
            tone("The army neutralised a militant cell near the border.", 0, 0, 0, 1),
            // lexicon 2026.12.88: airspace or territorial waters violated, a median line crossed
            // and an air defence zone entered are material conflict; an airliner crossing
            // airspace is no act
            tone("Twelve Chinese warplanes crossed the median line.", 0, 0, 0, 1),
            tone("Russian jets violated Estonian airspace.", 0, 0, 0, 1),
            tone("Eight aircraft entered Taiwan's air defence identification zone.", 0, 0, 0, 1),
            none("The airliner crossed Iranian airspace without incident."),
            // lexicon 2026.12.87: supplies or aid cut and a veto vowed refuse the act; "will not
            // hesitate to act" threatens, also after a condition; a war of words is verbal
            // conflict; a firm taken off a blacklist and troops given to a peacekeeping mission
            // are material cooperation; a dispute resolved is settled; an act after "unless" is
            // a condition, not an act
            tone("Moscow cut gas deliveries to Bulgaria.", 0, 0, 1, 0),
            tone("Donors made cuts in aid to Chad.", 0, 0, 1, 0),
            tone("Budapest vowed to veto the aid package.", 0, 0, 1, 0),
            tone("If Tehran crosses that line, we will not hesitate to act.", 0, 0, 1, 0),
            tone("A war of words broke out between Rabat and Algiers.", 0, 0, 1, 0),
            tone("The Treasury removed two exporters from its blacklist.", 0, 1, 0, 0),
            tone("Ottawa will contribute aircraft to the UN peacekeeping mission in Mali.",
                0, 1, 0, 0),
            tone("The two neighbours resolved their border dispute.", 1, 0, 0, 0),
            tone("Turkey threatened to block the bid unless Stockholm extradited the activists.",
                0, 0, 1, 0),
            // and the other senses: a press embargo, two ministers' portfolios, listed shares,
            // a town, a campaign's slogan
            none("The embargo on the report lifts at midnight."),
            none("The finance and foreign ministers kept their posts."),
            none("Traders wiped billions off Tokyo-listed shares."),
            none("Battle Creek recorded its coldest January."),
            none("WAR ON WASTE: CITY BANS CUPS"),
            // an amount of money between a negator and its cue does not count against the
            // window: the aid is blocked, not given
            tone("Budapest blocked 6.6 billion euros of EU military aid.", 0, 0, 1, 0),
            tone("Congress blocked $40 billion in new aid.", 0, 0, 1, 0),
            // lexicon 2026.12.86: strikes on a power station or a refinery are material
            // conflict; a strike at one, or a strike there, is a walkout
            tone("Overnight strikes hit a power station near Odesa.", 0, 0, 0, 1),
            tone("Drones struck an oil refinery in Ryazan.", 0, 0, 0, 1),
            none("The power plant strike entered its third week."),
            // lexicon 2026.12.85: "every option is on the table" threatens
            tone("Paris said every option is on the table over the trawler.", 0, 0, 1, 0),
            tone("All options remain on the table, the minister told reporters in Minsk.",
                0, 0, 1, 0),
            // lexicon 2026.12.84: aid turned back is refused, in the passive too; the "back the"
            // of "turned back the" supports nothing
            tone("Soldiers turned back the aid convoy at the checkpoint.", 0, 0, 1, 0),
            tone("The medical team was turned back at the border.", 0, 0, 1, 0),
            none("The reform turned back the clock of history."),
            // lexicon 2026.12.83: talks that stall or falter in a headline's present fail; a
            // ruling out and "nobody" negate, and "not rule out" does not; an offer spurned is
            // refused; bombers intercepted, forces put on alert and a joint statement blocked
            // are conflict, joint drills of any kind (not a statement "on" them) and peacekeepers'
            // deployment cooperation
            tone("Peace talks in Doha stall over prisoner lists.", 0, 0, 1, 0),
            none("The premier ruled out sanctions on Brazil."),
            tone("We do not rule out a negotiated settlement.", 1, 0, 0, 0),
            none("Nobody has attacked the convoy."),
            tone("The rebels spurned the offer of talks.", 0, 0, 1, 0),
            tone("Norwegian jets intercepted two Russian bombers.", 0, 0, 0, 1),
            tone("Caracas placed its forces on high alert.", 0, 0, 0, 1),
            none("Hospitals remain on high alert for flu."),
            tone("Indian and French sailors began joint anti-submarine drills.", 0, 1, 0, 0),
            tone("The two ministers issued a joint statement on drills.", 1, 0, 0, 0),
            tone("Malta blocked the joint statement.", 0, 0, 1, 0),
            tone("Fiji announced the deployment of its peacekeepers to Sinai.", 0, 1, 0, 0),
            // lexicon 2026.12.82: a visa, licence or permit denied, revoked or withheld is
            // material conflict; "refuse to permit" is a verb's refusal
            tone("Moscow revoked the accreditation of three German journalists.", 0, 0, 0, 1),
            tone("Islamabad has withheld transit permits for Afghan trucks.", 0, 0, 0, 1),
            tone("Washington refused to permit the flights.", 0, 0, 1, 0),
            // lexicon 2026.12.81: a veto or objections withdrawn or dropped are verbal
            // cooperation
            tone("Athens withdrew its veto on the opening of the talks.", 2, 0, 0, 0),
            tone("Ankara dropped its objections to Stockholm's membership.", 1, 0, 0, 0),
            // lexicon 2026.12.80: a cue that is the subject of a figure is no act; an amount
            // must follow the figure's verb, and a passive tells an act; cutting across a
            // warship's bow is material conflict
            none("Foreign direct investment into Vietnam reached $18 billion in the first half."),
            none("Aid to the region fell 10% last year."),
            tone("Austria's development aid will be increased by 35 per cent next year.",
                0, 1, 0, 0),
            tone("The two sides reached a $5 billion deal.", 0, 1, 0, 0),
            tone("A Chinese destroyer cut across the bow of an American warship.", 0, 0, 0, 1),
            // lexicon 2026.12.79: approving or endorsing an act of conflict takes its side, as a
            // promise does; a ground operation is material conflict; talks shelved are refused
            tone("The cabinet approved an expanded ground operation in Gaza.", 0, 0, 1, 0),
            tone("Lawmakers endorsed the blockade of the port.", 0, 0, 1, 0),
            tone("The cabinet approved the peace deal.", 1, 0, 0, 0),
            tone("The government decided to shelve the talks.", 0, 0, 1, 0),
            // lexicon 2026.12.77 and 2026.12.78: a surtax and duties raised are material conflict, also after a
            // per cent; a utility's tariffs are no trade act; a deal sealed and a ban revoked are
            // material cooperation; diplomats ordered to leave are expelled; a player's
            // expulsion is a sending-off
            tone("Canada slaps 100% surtax on Chinese electric vehicles.", 0, 0, 0, 1),
            tone("New Delhi raised duties on American almonds.", 0, 0, 0, 1),
            none("Mobile operators will raise data tariffs by 15% next month."),
            tone("The two blocs sealed a trade pact on Friday.", 0, 1, 0, 0),
            tone("Lima revoked its 2019 ban on Bolivian quinoa.", 0, 1, 0, 0),
            tone("Four Lithuanian diplomats were ordered to leave Minsk.", 0, 0, 0, 1),
            none("The midfielder's expulsion left his side with ten men."),
            // the "and" of a pair after "between" is no clause's: the passive after it undoes
            tone("Trade talks between Washington and New Delhi were suspended.", 0, 0, 1, 0),
            tone("The dispute between Peru and Ecuador was settled last week.", 1, 0, 0, 0),
            // lexicon 2026.12.76: "never been stronger" praises; its "never" negates nothing
            tone("The minister said ties had never been stronger and thanked Seoul.", 1, 0, 0, 0),
            // lexicon 2026.12.75: sabotage and live-fire drills are material conflict
            tone("Officials said agents were behind the sabotage of the cable.", 0, 0, 0, 1),
            tone("The navy announced live-fire drills near the strait.", 0, 0, 0, 1),
            // lexicon 2026.12.74: medicines and vaccines sent, visa requirements lifted are
            // material cooperation; a frame's object may follow "of" after a measure
            tone("India sent 30 tonnes of medicines to Myanmar.", 0, 1, 0, 0),
            tone("South Africa lifts visa requirements for Ghanaian citizens.", 0, 1, 0, 0),
            none("The islands welcomed thousands of tourists in August."),
            tone("Moscow reintroduced visa requirements for Georgians.", 0, 0, 0, 1),
            // lexicon 2026.12.73: tariffs scrapped are material
            // cooperation and tariffs slapped on material conflict; a war named after a plural's
            // possessive is a name; a drug that attacks tumours is no act; a negator in the past
            // that has had its object before "and" leaves the past verb after it
            tone("Washington scrapped the steel tariffs on Friday.", 0, 1, 0, 0),
            tone("The bloc slapped tariffs on imported bicycles.", 0, 0, 0, 1),
            none("The museum's new show follows the Seven Years' War through maps."),
            none("The new drug attacks tumours while sparing healthy cells."),
            tone("Hanoi denied any wrongdoing and accused Beijing of ramming it.", 0, 0, 1, 0),
            tone("Ankara did not sign and ratify the treaty.", 0, 0, 2, 0),
            // a span of a thing after "after" is background; without "after" it is told
            tone("After years of war, the two sides signed a peace deal.", 0, 1, 0, 0),
            tone("Five years of war have destroyed the city.", 0, 0, 0, 1),
            // lexicon 2026.12.72: people in need of assistance are no act; a resignation
            // demanded and a witch hunt are verbal conflict
            none("Two million people are in need of humanitarian assistance this year."),
            tone("Tens of thousands marched demanding the government's resignation.", 0, 0, 1, 0),
            tone("His party called the case a political witch hunt.", 0, 0, 1, 0),
            // lexicon 2026.12.71: talks that collapsed or ended without agreement failed
            tone("Talks ended without agreement on Friday.", 0, 0, 1, 0),
            tone("What was billed as a friendship summit ended in acrimony.", 0, 0, 1, 0),
            // lexicon 2026.12.70: cooperation called off in the passive is conflict; a
            // separable verb split by its object; a frame's object before its verb in the
            // passive, but for a closure; recalled envoys and cancelled visas; a hatchet
            // buried; nothing to discuss
            tone("The talks were called off after the delegation walked out.", 0, 0, 1, 0),
            tone("Border guards handed the detainees back at a checkpoint.", 0, 1, 0, 0),
            tone("The government turned the IMF's offer down.", 0, 0, 1, 0),
            tone("Diplomatic ties between the two neighbours were severed on Monday.", 0, 0, 0, 1),
            none("The embassy will be closed on Monday for the national holiday."),
            tone("Algeria withdraws ambassador from Madrid", 0, 0, 1, 0),
            tone("India cancels visas of Chinese nationals", 0, 0, 0, 1),
            tone("The two foreign ministers buried the hatchet over dinner.", 1, 0, 0, 0),
            tone("The minister said there was nothing to discuss with the opposition.", 0, 0, 1, 0),
            tone("The two Koreas reopened a military hotline.", 0, 1, 0, 0),
            // lexicon 2026.12.69: what a denied report tells is no act; what the denial says
            // after it is
            none("The palace denied reports that troops had shelled the border town."),
            tone("Officials denied reports that the talks had collapsed, saying both sides had"
                + " signed the accord.", 0, 1, 0, 0),
            // lexicon 2026.12.68: a dispute settled in the passive is cooperation; a strike
            // called nationwide or without end is conflict; a fined bank that will appeal makes
            // no second act
            tone("A long dispute over fishing rights was settled amicably.", 1, 0, 0, 0),
            tone("Workers at the plant began an indefinite strike over pay.", 0, 0, 1, 0),
            tone("The court fined the bank, and the bank said it would appeal.", 0, 0, 0, 1),
            // lexicon 2026.12.67: a cue that opens a sentence before a firm's word names the firm
            // ("Siege Capital"); releasing an album or a report is no act
            none("Siege Capital's assets reached 4 billion dollars in June."),
            none("Truce Brewing opens its second taproom in Austin on Saturday."),
            none("Embargo Records will release the band's third album in May."),
            // lexicon 2026.12.66: a refusal negates what it refuses; a plan voted down, a call
            // brushed aside are conflict; a dispute patched up is undone; troops that disengaged
            // cooperate; a broken ceasefire is material conflict
            tone("Their refusal to negotiate with the teachers is a mistake.", 0, 0, 1, 0),
            tone("The peace plan was voted down by the rebel assembly.", 0, 0, 1, 0),
            tone("The minister brushed aside the call for a truce.", 0, 0, 1, 0),
            tone("Seoul and Tokyo patched up their trade dispute.", 1, 0, 0, 0),
            tone("Indian and Chinese troops disengaged at two points.", 0, 1, 0, 0),
            tone("The ceasefire was broken within hours.", 0, 0, 0, 1),
            // lexicon 2026.12.65: forces joined are cooperation, told (join) or done (joined);
            // attacking poverty, welcoming visitors are no act; taking in refugees is material
            // cooperation; a chess attack is a play; a harsh winter is a hazard, its deaths no
            // one's act, while an attack on a referee stays one
            tone("Nairobi and Addis Ababa must join forces against the smugglers.", 1, 0, 0, 0),
            tone("The ministry and UNICEF joined forces to attack malnutrition.", 0, 1, 0, 0),
            none("Thailand welcomed 28 million foreign visitors last year."),
            tone("Chile decided to take in refugees from Syria.", 0, 1, 0, 0),
            none("The champion attacked on the queenside and forced checkmate."),
            none("A harsh winter killed two million goats in the western provinces."),
            tone("Fans attacked the referee after the final whistle in Cairo.", 0, 0, 0, 1),
            // lexicon 2026.12.63: burying the hatchet is reconciliation; a bus that overturned is
            // a hazard, its deaths no one's act; a goalless draw is a game, its attack a play; a
            // war's old shell found and detonated is no act
            tone("Seoul and Tokyo bury the hatchet over the wartime labour row.", 1, 0, 0, 0),
            none("A bus carrying pilgrims overturned on Sunday, killing 14 people."),
            none("Their attack fired blanks again as they were held to a goalless draw."),
            none("Engineers safely detonated a Second World War shell found in Cologne."),
            // lexicon 2026.12.62: a prospect is no act; a ceasefire's violations are one cue of
            // conflict, which "no" negates; a disaster and a locust are hazards, whose harms are
            // no one's acts
            none("Investors weighed the prospect of new sanctions."),
            none("No new ceasefire violations were reported this week."),
            tone(
                "Seoul thanked Tokyo for its help after the ferry disaster, which killed 14"
                    + " people.",
                1, 0, 0, 0),
            none("Locust swarms destroyed crops across Somalia."),
            // lexicon 2026.12.61: a verb in the past that opens a cue, and a headline's present
            // tense, take their reason as their object like a past verb alone; a grievance is
            // over its object whatever its form; freeing fishermen, shutting crossings and
            // resuming exports are acts told by a verb and its object
            tone("Algeria recalls ambassador to Paris for consultations", 0, 0, 1, 0),
            tone("Algeria recalled its ambassador to Paris for consultations.", 0, 0, 1, 0),
            tone("Japan lodged a protest with Seoul over a visit by lawmakers.", 0, 0, 1, 0),
            tone("Vietnam frees 30 Chinese fishermen.", 0, 1, 0, 0),
            tone("Lithuania shut two crossings on the border.", 0, 0, 0, 1),
            tone("Argentina resumed gas exports to Chile.", 0, 1, 0, 0),
            // lexicon 2026.12.60: saluting someone is praise; a council seized of a matter has
            // it on its agenda; what "80 years since" governs is an anniversary's history
            tone("The minister saluted the mediators from Qatar.", 1, 0, 0, 0),
            none("The Security Council remains seized of the matter."),
            none("The town marked 80 years since the siege."),
            // the wire's verbs and their other senses: an airlift, warplanes that pound a target;
            // a hurricane that pounds a coast, prisoners of war; rebuffing and breaking off talks
            // ("talks" alone would be cooperation)
            tone("Japan airlifted tents to Pakistan.", 0, 1, 0, 0),
            tone("Warplanes pounded targets in the south.", 0, 0, 0, 1),
            none("The coast was pounded by the hurricane."),
            none("Prisoners of war went home."),
            tone("Moscow rebuffed the proposal.", 0, 0, 1, 0),
            tone("The Taliban broke off talks.", 0, 0, 1, 0),
            // plain wire wording: closing a border, carrying out strikes; a cyclone destroying
            // homes and a shared border are no tone; working together, a credit line
            tone("Pakistan closed its border with Afghanistan.", 0, 0, 0, 1),
            tone("Jets carried out strikes on the camps.", 0, 0, 0, 1),
            none("The cyclone destroyed 50,000 homes."),
            none("The two countries share a border."),
            tone("We must work together.", 1, 0, 0, 0),
            tone("India extended a credit line to Sri Lanka.", 0, 1, 0, 0),
            // the speeches' idioms: "cannot but" affirms what follows; a siege, a deaf ear; a
            // battle against a disease is no conflict; "cannot fail to pay tribute" is praise
            // one act: condemning the attack (since the scorer counts acts)
            tone("We cannot but condemn the attack.", 0, 0, 1, 0),
            tone("The city was under siege.", 0, 0, 0, 1),
            tone("Moscow turned a deaf ear to the request.", 0, 0, 1, 0),
            none("The battle against malaria goes on."),
            tone("I cannot fail to pay tribute to your predecessor.", 1, 0, 0, 0),
            // lexicon 2026.12.8-2026.12.9: "according to" hides "accord"; jailing, a puppet,
            // waived visas; scheduling conflicts; standing ready, an unfounded claim, custody; a
            // stock exchange and a hostile takeover are no tone
            none("Exports rose, according to the survey."),
            tone("The junta jailed the editor.", 0, 0, 0, 1),
            tone("He called the government a puppet.", 0, 0, 1, 0),
            tone("Turkey waived visa rules for Kenyans.", 0, 1, 0, 0),
            none("The summit moved over scheduling conflicts."),
            tone("Oslo stood ready to help.", 1, 0, 0, 0),
            tone("Tokyo called the claim unfounded.", 0, 0, 1, 0),
            tone("Police took the activist into custody.", 0, 0, 0, 1),
            none("Prices fell on the stock exchange after a hostile takeover."),
            // lexicon 2026.12.10: gratitude, but not a debt of gratitude; blackmail,
            // mercenaries; foreign exchange and the power of veto are no tone
            tone("We express our gratitude to the donors.", 1, 0, 0, 0),
            none("We owe a debt of gratitude to our founders."),
            tone("This is blackmail.", 0, 0, 1, 0),
            tone("Mercenaries landed at the airport.", 0, 0, 0, 1),
            none("Tourism earns foreign exchange."),
            none("Five members hold the power of veto."),
            // lexicon 2026.12.11: headline verbs; a document "signed off on" is no signature
            tone("Canberra extends an olive branch to Beijing.", 1, 0, 0, 0),
            tone("Saudi Arabia reopens embassy in Tehran.", 0, 1, 0, 0),
            tone("Warsaw lashes out at Berlin.", 0, 0, 1, 0),
            tone("Russia cuts gas supplies to Bulgaria.", 0, 0, 0, 1),
            none("The board signed off on the plan."),
            // lexicon 2026.12.12: shoulder to shoulder, ambassadors exchanged, an unfriendly
            // act, combat readiness; an epidemic's attack rate is no attack
            tone("We stand shoulder to shoulder with our friends.", 1, 0, 0, 0),
            tone("The two states exchanged ambassadors.", 0, 1, 0, 0),
            tone("He called the move an unfriendly act.", 0, 0, 1, 0),
            tone("Units were put on combat readiness.", 0, 0, 0, 1),
            none("The attack rate of influenza was 23 percent."),
            // lexicon 2026.12.13: missiles fired at a target, a currency swap, a reprimand; a
            // cardiac arrest is no arrest
            tone("The warships fired cruise missiles at radar sites.", 0, 0, 0, 1),
            tone("The two central banks renewed their currency swap.", 0, 1, 0, 0),
            tone("The ministry reprimanded the ambassador.", 0, 0, 1, 0),
            none("The former minister suffered a cardiac arrest."),
            // lexicon 2026.12.15: the tenth blind set's cues; names and markets that only look
            // like tone, and "irresponsible" only with an act
            tone("The ministry called the report groundless.", 0, 0, 1, 0),
            tone("The envoy struck a conciliatory note.", 1, 0, 0, 0),
            tone("The president sent his congratulations to the new prime minister.", 1, 0, 0, 0),
            tone("Washington raised duties on steel in retaliation.", 0, 0, 0, 1),
            tone("Troops entered the capital at dawn.", 0, 0, 0, 1),
            tone("The government eased restrictions on travel.", 0, 1, 0, 0),
            tone("The territory remains illegally occupied.", 0, 0, 1, 0),
            tone("Both sides must be held to account.", 0, 0, 1, 0),
            tone("It was an irresponsible act.", 0, 0, 1, 0),
            none("Irresponsible lending fuelled the bubble."),
            none("The Rapid Support Forces issued a statement."),
            none("The Sanctions Committee met on Monday."),
            none("The attack helicopter market grew."),
            none("Thousands of fans invaded the pitch."),
            // lexicon 2026.12.16: the eleventh blind set; a reverser before a conflict act
            // undoes it, and a price war is no war
            tone("Washington lifted long-standing trade sanctions on Sudan.", 0, 1, 0, 0),
            tone("Japan removed export restrictions on three chip materials.", 0, 1, 0, 0),
            tone("Beijing lodged stern representations with Tokyo.", 0, 0, 1, 0),
            tone("A Chinese hospital ship anchored off Dar es Salaam.", 0, 1, 0, 0),
            tone("Soviet tanks rolled into Prague.", 0, 0, 0, 1),
            none("A price war among airlines pushed fares down."),
            // lexicon 2026.12.17: the twelfth blind set's headlines and quotes; a merger agreed
            // between banks is no cooperation between states
            tone("Venezuela cuts diplomatic ties with Colombia.", 0, 0, 0, 1),
            tone("Paris Club creditors write off Somalia's debt.", 0, 1, 0, 0),
            tone("Seoul said it would not tolerate further incursions.", 0, 0, 1, 0),
            tone("The Kenyan president declined to meet the Somali envoy.", 0, 0, 1, 0),
            none("Two of Japan's largest banks agreed to merge."),
            // lexicon 2026.12.18: the thirteenth blind set; a supply ship is no supply, a flood
            // that kills is no conflict
            // (since lexicon 2026.12.59 the frame "break off ... relations" makes breaking off
            // relations material conflict, as "broke off diplomatic relations" and "severed
            // ties" were; breaking off talks stays verbal)
            tone("Cambodia broke off relations with Thailand.", 0, 0, 0, 1),
            tone("Riyadh downgraded relations with Ottawa.", 0, 0, 1, 0),
            tone("Troops fired on the crowd.", 0, 0, 0, 1),
            tone("The two sides reached a compromise.", 1, 0, 0, 0),
            none("A supply ship docked in the port."),
            none("Floods have killed 40 people."),
            // lexicon 2026.12.19: the fourteenth blind set; a hazard anywhere in the sentence
            // makes its harm no one's act; launching strikes, duties against dumping, a target
            tone("Turkey launched air strikes on militant camps.", 0, 0, 0, 1),
            tone("China imposed anti-dumping duties on brandy.", 0, 0, 0, 1),
            tone("Any ship in the zone is a legitimate target.", 0, 0, 0, 1),
            none("A magnitude 6.8 earthquake struck late on Friday, killing 2,000 people."),
            none("Cyclone Freddy killed more than 400 people in Malawi."),
            none("The Norwegian wealth fund reported a return of 8.6%."),
            // lexicon 2026.12.20: the fifteenth and sixteenth blind sets, diplomatic statements;
            // acts that cut ties, countermeasures, an exchange of fire, a readmission, visas no
            // longer required; battling a fire is a harm beside a hazard; dealing with a subject,
            // a body's name and a finance minister are no tone
            tone("Mexico suspended diplomatic relations with Ecuador.", 0, 0, 0, 1),
            tone("China announced countermeasures against nine firms.", 0, 0, 0, 1),
            tone("Troops exchanged small-arms fire across the line.", 0, 0, 0, 1),
            tone("The league readmitted Syria.", 0, 1, 0, 0),
            tone("Chile will no longer require visas from Bolivians.", 0, 1, 0, 0),
            tone("The ministry called the remarks inexcusable.", 0, 0, 1, 0),
            none("Firefighters were battling wildfires on the island."),
            none("The First Committee, which deals with disarmament, opens on Monday."),
            none("The Organization for Security and Co-operation in Europe has 57 states."),
            none("The Finance Minister spoke on Tuesday."),
            // lexicon 2026.12.21: the seventeenth blind set, domestic politics; strikes, a
            // boycott, a conviction, a demand for a release and disappointment are conflict; the
            // suspension of talks negates them; offering help and ending a boycott are
            // cooperation; signing a bill into law, a heart attack, a wartime bomb, a building
            // and an accident's deaths are no tone
            tone("Dock workers went on strike on Monday.", 0, 0, 1, 0),
            tone("The opposition boycotted the vote.", 0, 0, 0, 1),
            tone("A court convicted the activist of subversion.", 0, 0, 0, 1),
            tone("The bloc demanded the release of the president.", 0, 0, 1, 0),
            tone("Washington said it was disappointed.", 0, 0, 1, 0),
            tone("Protests followed the suspension of accession talks.", 0, 0, 2, 0),
            tone("Norway offered to help.", 1, 0, 0, 0),
            tone("The Gulf states ended the boycott of Qatar.", 0, 1, 0, 0),
            none("The president signed into law a bill on pensions."),
            none("The speaker suffered a heart attack."),
            none("Experts defused a Second World War bomb."),
            none("Soldiers surrounded the parliament building."),
            none("A bus plunged into a ravine, killing 22 people."),
            // lexicon 2026.12.22: a demand for an immediate release is conflict, an offer to send
            // help cooperation; a cabinet's ministers of finance and a state's allies are no tone
            tone("They called for the immediate release of the crew.", 0, 0, 1, 0),
            tone("Oslo offered to send a team.", 1, 0, 0, 0),
            none("He replaced the ministers of finance and energy."),
            tone("Moscow vetoed a text drafted by Washington and its allies.", 0, 0, 1, 0),
            // building a state's own resilience is no act between actors; capacity-building is
            // aid
            none("We are building resilience to drought."),
            tone("The programme includes capacity-building for customs officers.", 0, 1, 0, 0),
            // lexicon 2026.12.23: launching is no cue (what is launched decides); a warning
            // beside a hazard is no one's act; a violation of a truce and a threat to cut
            // supplies negate them; a claim called preposterous and a ban announced are
            // conflict; a speech delivered and a diary's engagements are no tone
            tone("Russia launched 120 drones and six cruise missiles at Ukraine.", 0, 0, 0, 1),
            none("The minister launched a battle against red tape."),
            none("The Met Office warned that new fissures could open after the eruption."),
            // one act, not 2 cues, since the scorer counts acts (2026-12-04)
            tone("It was a violation of the truce.", 0, 0, 1, 0),
            // one act, not 2 cues, since the scorer counts acts (2026-12-04)
            tone("Slovakia threatened to cut electricity supplies to Ukraine.", 0, 0, 1, 0),
            tone("The ministry called the claims preposterous.", 0, 0, 1, 0),
            tone("China announced a ban on seafood imports from Japan.", 0, 0, 0, 1),
            tone("Turkey let humanitarian shipments through.", 0, 1, 0, 0),
            none("Putin will deliver his annual address."),
            none("The king cancelled his summer engagements."),
            // lexicon 2026.12.24: operations against someone, days of fighting, machine-gun fire
            // and stalled talks are conflict; clearing mines and freeing prisoners cooperation,
            // "co-operation against" still cooperation; a conflict of interest, a battle with
            // cancer, a country freed from its past, an evacuation forced by a flood and a war by
            // its name are no tone
            tone("Turkey began a new operation against Kurdish fighters.", 0, 0, 0, 1),
            tone("The airport fell after two days of fighting.", 0, 0, 0, 1),
            tone("Rival militias traded machine-gun fire.", 0, 0, 0, 1),
            tone("Talks stalled again.", 0, 0, 1, 0),
            tone("Norway will pay to clear mines in Kharkiv.", 0, 1, 0, 0),
            tone("Armenia freed 32 soldiers.", 0, 1, 0, 0),
            tone("We need co-operation against drugs.", 1, 0, 0, 0),
            none("The official resigned over a conflict of interest."),
            none("The general lost his battle with cancer."),
            none("The country was freed from its past."),
            none("Heavy rain flooded the base, forcing the evacuation of 2,000 soldiers."),
            none("A documentary on the Falklands War premiered."),
            // lexicon 2026.12.25: cutting, rejecting and tearing up negate what follows ("cross-
            // cutting" does not); blocked highways, suspended imports and an angry response are
            // conflict; lending support is verbal, lending money material cooperation; a rescue
            // beside a landslide, a share of the budget and a bill approved at home are no tone
            tone("Farmers blocked highways, cutting fuel supplies to the capital.", 0, 0, 1, 1),
            // one act, not 2 cues, since the scorer counts acts (2026-12-04)
            tone("The opposition rejected the invitation.", 0, 0, 1, 0),
            tone("The junta tore up the agreement.", 0, 0, 1, 0),
            tone("The remark drew an angry response.", 0, 0, 1, 0),
            tone("China suspended imports of Taiwanese fish.", 0, 0, 0, 1),
            tone("Finland will lend its support to the mission.", 1, 0, 0, 0),
            tone("Japan will lend Sri Lanka 50 billion yen.", 0, 1, 0, 0),
            tone("It is a cross-cutting partnership.", 1, 0, 0, 0),
            none("A landslide buried 40 homes and rescue teams searched for survivors."),
            none("The military's share of the budget fell."),
            none("The Senate approved the bill on Tuesday."),
            // lexicon 2026.12.26: the Assembly's wording; demanding a withdrawal or an apology,
            // acting in defiance of a body or despite its appeals, a campaign of terror and
            // intimidation are conflict; contributing troops cooperation; a ban negates what is
            // banned; "never forget" is no negation; a resolution's annexes, a minute of silence
            // and a statement delivered are no tone
            tone("We demand the withdrawal of the occupying troops.", 0, 0, 1, 0),
            tone("It was carried out despite the appeals of this Assembly.", 0, 0, 1, 0),
            // one act, not 2 cues, since the scorer counts acts (2026-12-04)
            tone("The Council imposes a ban on the supply of arms.", 0, 0, 0, 1),
            tone("My Government will contribute troops to the mission.", 0, 1, 0, 0),
            tone("We will never forget the support of our friends.", 1, 0, 0, 0),
            none("The report and its annexes were circulated."),
            none("The Assembly observed a minute of silence."),
            none("I shall deliver the statement on his behalf."),
            // lexicon 2026.12.27: neighbours and rivals; blocking, stalling, postponing, revoking
            // and scrapping negate what they act on ("blocked by" is no negator: the thing
            // blocked is the subject); "unjustified" is conflict; disputed sections, a decree
            // signed, border signs and a tsunami threat are no tone; a grounding is a hazard
            // one act, not 2 cues, since the scorer counts acts (2026-12-04)
            tone("Orban blocked agreement on the aid package.", 0, 0, 1, 0),
            // one act, not 2 cues, since the scorer counts acts (2026-12-04)
            tone("The junta revoked the cooperation agreement.", 0, 0, 1, 0),
            // lexicon 2026.12.70: talks blocked in the passive are called off, one act of
            // conflict with the dispute that blocks them (they were a tie, talks against dispute)
            tone("The talks were blocked by a dispute.", 0, 0, 1, 0),
            tone("The talks stalled as both sides were stalling the release of prisoners.",
                0, 0, 2, 0),
            tone("The watchdog called the measure unjustified.", 0, 0, 1, 0),
            tone("The border delegations signed a protocol that settles the disputed sections.",
                0, 1, 0, 0),
            none("The president set the vote after signing the decree."),
            none("Russian troops moved border signs deeper into the territory."),
            none("A magnitude 6.4 earthquake struck with no tsunami threat."),
            none("A ferry ran aground and all on board were rescued."),
            // a cue between "the" and a capitalised word is inside a name
            none("The Friendship Bridge handled 3 million tonnes of freight."),
            // the same lexicon, the round's third wave (domestic politics): ending a verbal
            // conflict is verbal cooperation, as ending a material one is material cooperation;
            // breaking an agreement negates it; punches exchanged and an opposition dissolved
            // are material conflict, infringement proceedings verbal; a cessation of hostilities
            // is a ceasefire; a passenger train and a bill signed or returned are no tone
            tone("The union and the ministry reached a deal, ending a dispute.", 1, 1, 0, 0),
            tone("The party accused the ANC of breaking the coalition agreement.", 0, 0, 2, 0),
            tone("Lawmakers exchanged punches in the chamber.", 0, 0, 0, 1),
            tone("The court dissolved the main opposition party.", 0, 0, 0, 1),
            tone("The Commission opened infringement proceedings against Poland.", 0, 0, 1, 0),
            // one act, not 2 cues, since the scorer counts acts (2026-12-04)
            tone("The two sides agreed to a cessation of hostilities.", 1, 0, 0, 0),
            tone("Gunmen attacked a passenger train.", 0, 0, 0, 1),
            none("The president must sign or return a bill."),
            // lexicon 2026.12.28 (the forty-second round's wire set): an alliance or an ally is
            // a relation, not an act (forming one still is); a statement is the vehicle of what
            // it says; figures released are no release; turning down an offer, suspending a
            // membership, an anti-dumping probe and approving new sanctions are acts of
            // conflict; a host government is no act of hosting
            none("The alliance said the meeting was moved."),
            tone("Chile and Peru formed an alliance.", 1, 0, 0, 0),
            // one act: condemning the attack (since the scorer counts acts)
            tone("In a joint statement, the ministers condemned the attack.", 0, 0, 1, 0),
            tone("The two leaders issued a joint statement.", 1, 0, 0, 0),
            none("Customs data released on Saturday showed a rise."),
            tone("Pyongyang turned down the offer.", 0, 0, 1, 0),
            tone("Sudan suspended its membership of IGAD.", 0, 0, 0, 1),
            tone("Beijing opened an anti-dumping probe into canola.", 0, 0, 0, 1),
            tone("The EU approved new sanctions against Moscow.", 0, 0, 0, 1),
            none("The summit was moved, the host government said."),
            // lexicon 2026.12.29 (the round's second tone set): blocking the opening of talks
            // negates them past the usual window; consular relations restored; the largest
            // share of a budget is no sharing
            tone("Bulgaria blocked the opening of EU accession talks.", 0, 0, 1, 0),
            tone("Colombia and Venezuela restored consular relations.", 0, 1, 0, 0),
            none("Roads took the largest share of the budget."),
            // lexicon 2026.12.30 (the round's UN set): the OECD's name, an agenda item on armed
            // conflict and an approved budget are no acts; talks that collapse are conflict,
            // recognising a government is cooperation
            none("The Organisation for Economic Co-operation and Development projects growth."),
            none("The Council will debate the protection of civilians in armed conflict."),
            none("The Fifth Committee was told the approved budget amounts to $5.59 billion."),
            tone("The talks collapsed within hours.", 0, 0, 1, 0),
            tone("My Government has decided to recognise the Government of China.", 1, 0, 0, 0),
            // lexicon 2026.12.31 (the fortieth round's tone set): pooling purchases, raising a
            // contribution and co-sponsoring are cooperation; firing a missile at a ship,
            // barring a delegation and calling a report biased or critics ill-informed are
            // conflict; a cabinet's draft law is no act, nor is a contribution to a debate
            tone("Finland and Sweden will pool their ammunition purchases.", 0, 1, 0, 0),
            tone("Norway will double its contribution to the refugee agency.", 0, 1, 0, 0),
            tone("Ireland co-sponsored the resolution on the safety of journalists.", 1, 0, 0, 0),
            tone("The rebels fired an anti-ship missile at a tanker.", 0, 0, 0, 1),
            tone("The Taliban barred a UN delegation from entering the city.", 0, 0, 0, 1),
            tone("He described the report as biased.", 0, 0, 1, 0),
            tone("Some critics were ill-informed about the plan.", 0, 0, 1, 0),
            none("The cabinet approved a draft law on the voting age."),
            none("The speaker made a useful contribution to the debate."),
            // lexicon 2026.12.47: a shared border, a currency's value, a supply minister and
            // warring sides are no acts; a snowfall's roads cut off are its harm; an army put on
            // readiness is material conflict
            tone("Ethiopia accused Eritrea of massing troops along their shared border.",
                0, 0, 1, 0),
            none("The cedi has lost a fifth of its value against the dollar."),
            none("Egypt's supply minister told reporters the reserves were sufficient."),
            tone("The warring factions agreed to a 72-hour truce.", 1, 0, 0, 0),
            none("Record snowfall cut off roads to dozens of villages."),
            tone("Serbia placed the army on its highest state of readiness.", 0, 0, 0, 1),
            // lexicon 2026.12.55: a game's attack is no act; a denial negates what it denies;
            // retaliation and a demand for immediate withdrawal are conflict, an envoy pulled
            // too; a truce that shelling goes on despite is no act, nor are the wounded; a
            // question whether an act will be tells none
            none("Liverpool's relentless attack finally broke through in stoppage time."),
            none("The battle for the title goes to the final day after City drew 1-1."),
            none("Officials denied that they summoned the ambassador."),
            tone("Iran denied that it had agreed to release the tanker.", 0, 0, 1, 0),
            tone("Brussels will retaliate against American goods.", 0, 0, 0, 1),
            tone("The council called for the immediate withdrawal of foreign troops.",
                0, 0, 1, 0),
            tone("Rwanda pulls its envoy from Kinshasa.", 0, 0, 1, 0),
            tone("Shelling went on through the night despite the announced truce.", 0, 0, 0, 1),
            tone("Egypt sent ambulances to evacuate the wounded.", 0, 1, 0, 0),
            none("Will Washington sanction Ankara over the missile purchase?"),
            // a concession's or an anniversary's clause is background, not an act; a players'
            // attack on a referee is no play; a ceasefire that collapses, a fine, a lawsuit and
            // funding frozen are conflict, joint drills cooperation; a currency strengthened
            // and shares that plunged are no acts; a heat warning is a hazard's
            tone("Despite decades of border disputes, Peru and Ecuador signed a water plan.",
                0, 1, 0, 0),
            none("The anniversary of the 1994 genocide was marked with a minute of silence."),
            tone("Players attacked the referee after the final whistle.", 0, 0, 0, 1),
            tone("Ceasefire collapses as shelling resumes in Khartoum.", 0, 0, 0, 1),
            tone("UEFA fined the club 100,000 euros.", 0, 0, 0, 1),
            tone("The attorney general sued the federal government over the rules.", 0, 0, 1, 0),
            tone("The EU froze funding to the government.", 0, 0, 0, 1),
            tone("US and Philippine troops begin joint drills on Luzon.", 0, 1, 0, 0),
            none("The dollar strengthened against the yen in early Asian trade."),
            none("The market took a beating as technology shares plunged."),
            none("Forecasters warned of dangerous heat across southern Spain."),
            // lexicon 2026.12.59: calling off, cancelling and stopping negate (a cooperation
            // cue is then verbal conflict, a conflict cue nothing), not the adjective "halting";
            // frames: a verb and its object with up to three words between them
            tone("Seoul called off joint naval drills with Tokyo.", 0, 0, 1, 0),
            tone("Beijing cancelled a planned visit by the minister.", 0, 0, 1, 0),
            none("Johnson stopped the bombing of the north."),
            tone("The talks made halting progress.", 1, 0, 0, 0),
            tone("Warsaw closed the Russian consulate in Gdansk.", 0, 0, 0, 1),
            tone("Taiwan scrambled its own fighters.", 0, 0, 0, 1),
            tone("Bahrain and Qatar resumed full diplomatic relations.", 0, 1, 0, 0),
            tone("Indonesia will back Malaysia's bid for a seat.", 1, 0, 0, 0),
            tone("Taiwan flew a 120-member rescue team to Turkey.", 0, 1, 0, 0),
            tone("France returned 26 royal treasures to Benin.", 0, 1, 0, 0),
            tone("Japan cancelled the debt Malawi owed it.", 0, 1, 0, 0),
            // a neutral frame hides the cue inside it ("share" alone is cooperation)
            none("The two countries share a 1,200-km border that runs through desert."),
            tone("Authorities froze the bank accounts of two newspapers.", 0, 0, 0, 1),
            tone("Engineers will clear the last mines from the valley.", 0, 1, 0, 0),
            tone("The government ordered four diplomats out of the country.", 0, 0, 0, 1),
            tone("Rwanda denies backing the rebels.", 0, 0, 1, 0),
            none("Visiting fans sang through the second half."),
            // the reason a verbal act gives, after "over", "for" or "about", is its object
            tone("Beijing summoned the Czech ambassador over the Senate speaker's visit.",
                0, 0, 1, 0),
            // an "if" clause tells a condition, no act; its main clause after the comma acts
            tone("North Korea threatened retaliation if the joint drills go ahead.", 0, 0, 1, 0),
            tone("If the talks fail, sanctions will follow.", 0, 0, 0, 1),
            tone("Mali orders French ambassador out", 0, 0, 0, 1),
            tone("Nicaragua cuts ties with the Netherlands", 0, 0, 0, 1),
            tone("The Ukrainian navy struck a Russian landing ship off Crimea.", 0, 0, 0, 1),
            tone("Veterans of both armies laid wreaths together at the memorial.", 1, 0, 0, 0),
            none("The ministry neither confirmed nor denied that talks were under way."),
            none("A bomb disposal team was called to the building site."),
            none("Police closed roads near the embassy."),
            // lexicon 2026.12.57: a news feed's headlines in the present tense
            tone("Colombia recalls ambassador from Israel", 0, 0, 1, 0),
            tone("Algeria closes airspace to Moroccan flights", 0, 0, 0, 1),
            tone("Taiwan scrambles jets as warplanes cross median line", 0, 0, 0, 1),
            tone("Hungary drops veto, clearing way for EU aid to Ukraine", 0, 2, 0, 0),
            tone("Canada forgives $40m of Haiti's debt", 0, 1, 0, 0),
            none("Museum opens exhibition on 1914 Christmas truce"),
            // lexicon 2026.12.54: safe passage and temporary shelter are aid; the host of a
            // meeting, a finance committee and a crop's swollen shoot are no acts
            tone("The rebels said they would guarantee safe passage to the convoys.", 0, 1, 0, 0),
            tone("Egypt will provide temporary shelter to new arrivals.", 0, 1, 0, 0),
            none("The finance committee will table its report next week."),
            none("Heavy rains and swollen shoot disease cut the cocoa crop."),
            none("It was left to the host to close the meeting."),
            // lexicon 2026.12.53: beheading is conflict, ending a defence cooperation agreement
            // one act of it, relief flights and consulates reopened cooperation (relief flights
            // no harm beside an earthquake), a decree signed no act
            tone("Insurgents beheaded a village chief, police said.", 0, 0, 0, 1),
            tone("Chad has ended its defence cooperation agreement with France.", 0, 0, 0, 1),
            tone("India sent relief flights to Myanmar after the earthquake.", 0, 1, 0, 0),
            tone("The two countries reopened their consulates this week.", 0, 1, 0, 0),
            none("The minister said the decree signed on Monday takes effect in May."),
            // history by the text's own clock: "years ago" at the start dates the whole
            // sentence, even beside "this week"; further on it dates the acts within reach
            // (twelve words after, eight before); "since" before it tells what goes on since
            none("Forty years ago this week, a Soviet interceptor shot down an airliner near"
                + " Sakhalin, killing all 269 people on board."),
            tone("The truce brokered two years ago still holds, and this week the two foreign"
                + " ministers met in Geneva to sign a new trade deal.", 0, 1, 0, 0),
            tone("Since the deployment of the mission 11 years ago, the two armies have cooperated"
                + " closely.", 1, 0, 0, 0),
            // lexicon 2026.12.52: a summit one will host and a visit scheduled are no act yet;
            // brokering and good neighbourliness are cooperation; training as a lawyer is no act
            // and an evacuation from volcanic activity no one's; a participle before a
            // determiner takes its object, so threatening partners is one act of conflict, while
            // a participle before a noun is an adjective and its clause's acts stay two
            none("Kenya will host the next summit of the bloc in March."),
            none("The envoy is scheduled to visit Riga and Vilnius next week."),
            tone("The truce brokered by Qatar held overnight.", 1, 0, 0, 0),
            tone("The two leaders spoke of a new era of good neighbourliness.", 1, 0, 0, 0),
            none("She trained as a lawyer in London."),
            none("Residents were evacuated as volcanic activity resumed."),
            tone("Moscow banned the foundation, threatening its partners with prosecution.",
                0, 0, 1, 0),
            tone("Protesting farmers reached an agreement with the ministry.", 1, 0, 1, 0),
            // lexicon 2026.12.51: a visa ban and harassment are conflict; a dzud is a hazard, so
            // the livestock it kills is no one's act; having no information to share is no
            // refusal; a clash asked about is no act
            tone("Washington imposed visa bans on four judges.", 0, 0, 0, 1),
            tone("Coast guard vessels kept up their harassment of the fishing fleet.",
                0, 0, 0, 1),
            none("The dzud killed two million head of livestock."),
            none("Officials said they had no information to share."),
            none("Asked about the clashes on the border, the spokeswoman declined to comment."),
            tone("Minsk promised a proportionate response.", 0, 0, 1, 0),
            // lexicon 2026.12.50: planes carrying medicine and a joint customs post are aid and
            // cooperation; tighter financing conditions are no act
            tone("Mexico sent planes carrying medicine to Havana.", 0, 1, 0, 0),
            tone("The two countries opened an integrated customs complex.", 0, 1, 0, 0),
            none("The bank cited tighter financing conditions."),
            // lexicon 2026.12.49: withdrawing an ambassador and reserving the right to defend are
            // conflict, returning one cooperation; a drought that threatens is no one's threat;
            // the war that displaced the children hosted is no act of this sentence
            tone("Madrid withdrew its ambassador from Buenos Aires.", 0, 0, 1, 0),
            tone("Cairo said it reserved the right to defend its water security.", 0, 0, 1, 0),
            tone("Ottawa will return its high commissioner to New Delhi.", 0, 1, 0, 0),
            none("Drought has cut the lake to 13 per cent, threatening power output."),
            tone("Poland offered to host children displaced by the war.", 1, 0, 0, 0),
            // lexicon 2026.12.48: a conflict cue as an accusation's object joins it as one act;
            // neither praising nor criticising is no act; an aid worker is no act of aid
            tone("Athens accused Ankara of fresh airspace violations.", 0, 0, 1, 0),
            none("The minister neither praised nor criticised the vote."),
            tone("Warsaw protested the killing of a Polish aid worker.", 0, 0, 1, 0),
            // what a verb of cooperation in the past tense is about is no act of its own either;
            // tensions eased by de-escalation are cooperation; resettling refugees is material
            // cooperation, tearing up a report verbal conflict
            tone("Belgrade welcomed the decision to open talks on a new cluster.", 1, 0, 0, 0),
            tone("The ministers endorsed a plan to de-escalate tensions.", 1, 0, 0, 0),
            tone("Canada will resettle 3,000 refugees this year.", 0, 1, 0, 0),
            tone("The envoy tore up a copy of the report.", 0, 0, 1, 0),
            // lexicon 2026.12.45: declaring a memorandum void is conflict (the memorandum before
            // the verdict stays an act of its own: the object rule reads after a verb), backing
            // a proposal and working side by side cooperation
            tone(
                "Mogadishu declared the memorandum null and void and expelled the ambassador.",
                0, 1, 1, 1),
            tone("India backed the proposal on fisheries subsidies.", 1, 0, 0, 0),
            tone("Road crews from both countries worked side by side.", 1, 0, 0, 0),
            // lexicon 2026.12.44 (the forty-first round's tone sets): dismissing a plan as
            // something and ending defence cooperation are conflict, reopening consulates and an
            // arrangement with an agency cooperation; releasing treated water is no act
            tone("The minister dismissed them as one-sided.", 0, 0, 1, 0),
            tone("Saudi Arabia and Iran will reopen their consulates next month.", 0, 1, 0, 0),
            tone("Canada took them in under an arrangement with the UN agency.", 1, 0, 0, 0),
            tone("Chad ended its defence cooperation with France.", 0, 0, 0, 1),
            none("The operator began releasing treated water from the plant."),
            tone("Crowds were burning flags outside the embassy.", 0, 0, 0, 1),
            tone("The parliament voted to ban imports of grain from its neighbour.", 0, 0, 0, 1),
            none("There were no immediate reports of damage or casualties."),
            none("The estimates released by the bureau put the population at 52 million."),
            // lexicon 2026.12.35: storming a base, demanding a detainee's release are conflict;
            // buying a stake is cooperation; closing a dispute undoes it
            tone("Fighters stormed an army base before dawn.", 0, 0, 0, 1),
            tone("The fund bought a 10 percent stake in the port operator.", 0, 1, 0, 0),
            tone(
                "Canberra called the detention unacceptable and demanded his release.", 0, 0, 1, 1),
            tone(
                "The treaty was ratified, formally closing a dispute that had simmered.",
                1, 1, 0, 0),
            // lexicon 2026.12.34: freezing a treaty negates it, protesters blocking a road are one
            // act of material conflict, patrols agreed one of cooperation, a forum's name none
            tone(
                "Algeria recalled its ambassador in protest and froze a friendship treaty.",
                0, 0, 2, 0),
            tone("Traders blocked the expressway to protest against the demolitions.", 0, 0, 0, 1),
            tone(
                "Peru and Bolivia agreed to run joint patrols against illegal gold mining.",
                1, 0, 0, 0),
            none("The Organisation of Islamic Cooperation will meet in Banjul."),
            // lexicon 2026.12.33: a ship seized before is no act now, a group's name no cooperation
            tone("The rebels released the crew of the seized tanker.", 0, 1, 0, 0),
            none("The Organisation of African Unity was founded in 1963."),
            // lexicon 2026.12.32: consulates ordered closed are conflict, a train crash no act
            tone("Somalia ordered two Ethiopian consulates closed.", 0, 0, 0, 1),
            none("Three passengers died in the train crash."));
    for (Map.Entry<String, List<SentenceTone>> c : cases) {
      assertEquals(c.getValue(), defaultScore(c.getKey()), c.getKey());
    }
  }

  /** {@link ToneScorer#namesAnEvent} for the first occurrence of {@code word} in {@code text}. */
  private static boolean namesAnEvent(String text, String word) {
    int at = text.indexOf(word);
    return ToneScorer.namesAnEvent(text, at, at + word.length(), sentenceFrom(text, at));
  }

  /** Where the sentence holding offset {@code at} starts, by {@link SentenceSplitter}. */
  private static int sentenceFrom(String text, int at) {
    int[] starts = SentenceSplitter.starts(text);
    return starts[SentenceSplitter.sentenceOf(starts, at)];
  }

  /** Where the sentence holding offset {@code at} ends (exclusive). */
  private static int sentenceTo(String text, int at) {
    int[] starts = SentenceSplitter.starts(text);
    int k = SentenceSplitter.sentenceOf(starts, at) + 1;
    return k < starts.length ? starts[k] : text.length();
  }

  private static Map.Entry<String, List<SentenceTone>> tone(
      String sentence, int verbalCoop, int materialCoop, int verbalConflict, int materialConflict) {
    return Map.entry(
        sentence,
        List.of(
            new SentenceTone(0, verbalCoop, materialCoop, verbalConflict, materialConflict)));
  }

  private static Map.Entry<String, List<SentenceTone>> none(String sentence) {
    return Map.entry(sentence, List.of());
  }
}
