from matching.texts import key_terms, shared_terms


def test_shared_terms_are_content_words_in_the_first_texts_wording():
    mine = "I'd rather our volunteers stayed beyond their first shifts; people leave."
    theirs = "Festival volunteers sign up for shifts but people rather don't show."
    assert shared_terms(mine, theirs) == ["volunteers", "shifts"]


def test_key_terms_join_simple_word_forms():
    assert set(key_terms("volunteer volunteers volunteering")) == {"volunteer"}


def test_everyday_verbs_and_fillers_are_not_key_terms():
    mine = "Last year we started to look at why students tell us they feel lost."
    theirs = "We added a buddy scheme last term; new students still feel lost and tell us so."
    assert shared_terms(mine, theirs) == ["students", "lost"]
