"""How sure each way of finding an opinion is: the summary shows these and sorts by them."""

CONFIDENCE_REPORTED = 0.85  # "X zegt dat ik sterk ben"
CONFIDENCE_REPORTED_PRONOUN = 0.7  # "Ze zegt dat ik sterk ben": the holder came from a pronoun
CONFIDENCE_DIRECT = 0.8  # "mijn broer is trots op me"
CONFIDENCE_AGREEING = 0.75  # "Mijn tante ook.", "X vindt dat ook", "mijn moeder wel"
CONFIDENCE_CONTRASTED = 0.7  # "mijn vader niet" in an answer about understanding
CONFIDENCE_LEVER = 0.7  # named in answer to "Wie snapt ...?"
CONFIDENCE_LEVER_HEDGED = 0.5  # ... with "misschien", "denk ik", a question mark
CONFIDENCE_QUESTION_TENSION = 0.6  # named in answer to "Met wie loopt het stroef?"
CONFIDENCE_ADVICE = 0.6
CONFIDENCE_NEUTRAL = 0.5
CONFIDENCE_RECOGNITION = 0.6  # said something, without a cue word, of what she achieved ("Wat is je gelukt?")
CONFIDENCE_FOLLOW_UP = 0.7  # the answer to a follow-up about one person
