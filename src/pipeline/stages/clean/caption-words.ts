// Word lists for the caption classifier (data, not logic). A caption depicts a moment in the simple present
// ("A man walks past …", "Fighters gather …"); news reports states and claims. Add a verb here only when its
// present tense describes something a photo can show; leave out verbs a story uses in the present for a state
// ("control", "remain", "lead") — those would turn news into captions.

/** Base forms of verbs that photo captions use (not "show": "the data shows" is news; "light", "fire", "display" are
 * mostly nouns) in the simple present; the 3rd-person forms are derived. */
export const DEPICTION_VERBS: readonly string[] = [
  'stand', 'walk', 'gather', 'transport', 'carry', 'sit', 'wave', 'ride', 'look', 'pose', 'burn',
  'celebrate', 'inspect', 'attend', 'mourn', 'pray', 'react', 'drive', 'pass', 'queue', 'wait', 'rest', 'chant',
  'march', 'cheer', 'flash', 'raise', 'climb', 'lie', 'play', 'watch', 'check', 'prepare', 'fly', 'rise', 'billow',
  'hang', 'cross', 'arrive', 'board', 'rally', 'dance', 'hug', 'embrace', 'kiss', 'weep', 'cry', 'sleep', 'eat',
  'collect', 'load', 'unload', 'push', 'pull', 'guard', 'patrol', 'greet', 'shake', 'point', 'speak', 'gesture',
  'smile', 'sing', 'shout', 'clean', 'sweep', 'dig', 'bury', 'tear', 'topple', 'stomp', 'kick', 'step', 'run',
  'jump', 'hold', 'lift', 'paint', 'sort', 'search', 'browse', 'crowd', 'fill', 'stroll', 'kneel', 'lean', 'peer',
  'operate', 'aim', 'drag', 'examine', 'wear', 'take', 'cook', 'crawl',
]

/** Verbs whose present tense is also news about control ("Rebels hold the town"): a caption only with an
 * indefinite object ("A boy holds a flag"). */
export const NEEDS_INDEFINITE_OBJECT: ReadonlySet<string> = new Set(['hold', 'take', 'run', 'guard', 'patrol', 'cross', 'fill'])

/** Multi-word depictions whose head verb alone is too ambiguous ("set" is also past tense and "set up"). */
export const DEPICTION_PHRASES: readonly string[] = ['set fire', 'sets fire', 'set alight', 'sets alight', 'look on', 'looks on', 'take part', 'takes part', 'take a selfie', 'takes a selfie']

/** Participles after "is/are" that make a depiction: "Smoke is seen …", "A girl is pictured …". */
export const DEPICTION_PASSIVES: readonly string[] = ['seen', 'pictured', 'shown', 'silhouetted', 'reflected', 'illuminated', 'photographed', 'displayed']

/** Nouns for an image as the subject: "A drone view shows …", "An aerial picture shows …". */
export const IMAGE_NOUNS: readonly string[] = ['view', 'picture', 'photo', 'photograph', 'image', 'screenshot', 'still', 'handout', 'combination']

/** Words that mark reporting, claims and attribution: story, never caption. */
export const REPORTING_WORDS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'tell', 'according', 'reported', 'reports', 'reporting', 'announced', 'announces',
  'stated', 'states', 'claimed', 'claims', 'claim', 'denied', 'denies', 'deny', 'asserted', 'asserts', 'added', 'adds', 'noted',
  'notes', 'warned', 'warns', 'urged', 'urges', 'accused', 'accuses', 'confirmed', 'confirms', 'insisted', 'insists',
  'argued', 'argues', 'believe', 'believes', 'believed', 'estimated', 'estimates', 'expected', 'expects', 'sources',
  'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'statement', 'quoted', 'cited', 'alleged', 'allegedly',
]

/** Modal and future auxiliaries: plans and projections are story. */
export const MODALS: readonly string[] = ['will', 'would', 'could', 'may', 'might', 'should', 'can', 'must', 'shall', "won't", "can't"]

/** Relative time and aspect words that place an event in a narrative ("overnight", "on Friday", "so far"). */
export const NARRATIVE_TIME: readonly string[] = [
  'yesterday', 'today', 'tonight', 'overnight', 'earlier', 'later', 'now', 'currently', 'recently', 'since', 'ago',
  'already', 'still', 'meanwhile', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]

/** Casualty words: a line that counts the dead or wounded is news. */
export const CASUALTY_WORDS: readonly string[] = ['killed', 'wounded', 'injured', 'dead', 'died', 'casualties', 'deaths']

/** Openers that start a story sentence rather than a caption's subject (pronouns, connectives, clauses). */
export const STORY_OPENERS: readonly string[] = [
  'it', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'here', 'if', 'after', 'before',
  'when', 'while', 'as', 'although', 'though', 'since', 'because', 'however', 'meanwhile', 'but', 'and', 'so', 'yet',
  'still', 'also', 'despite', 'following', 'during', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'of',
  'according', 'compounding', 'adding', 'asked', 'under', 'until', 'once', 'unlike', 'like', 'now', 'then', 'his',
  'her', 'their', 'its', 'our', 'my', 'your', 'many', 'some', 'most', 'all', 'several', 'few', 'both', 'each', 'none',
  'neither', 'either', 'much', 'more', 'other', 'others',
]

/** Words that open a clause: the caption's subject has ended before them without a depiction verb. */
export const CLAUSE_WORDS: readonly string[] = ['as', 'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'if', 'where', 'although', 'though', 'but']
