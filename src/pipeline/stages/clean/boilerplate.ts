// Recognises page furniture that scrapers leave in article text: related links, subscribe prompts, cookie
// notices, comment forms, "more stories" lists, share rows, bylines, credits and site chrome. Line-level and general:
// each rule keys on the form of the prompt (imperative, second person, a fixed phrase opening a line), never on one site.

/** Why a line is boilerplate ("boilerplate:subscribe"), or null when it is not. */
export function boilerplateReason(line: string): string | null {
  const text = withoutLinkLabel(line.trim().replace(/\s+/g, ' '))
  if (text === '') return null
  const words = text.split(' ').length
  for (const rule of RULES) {
    if (words <= rule.maxWords && rule.test(text)) return `boilerplate:${rule.reason}`
  }
  return isNavigation(line.trim()) ? 'boilerplate:navigation' : null
}

// A screen reader's label scraped with its link: "Click to share on X (Opens in new window)", "Our Standards: …, opens
// new tab". It says what the link does, not what the line is, so the line is judged without it.
const LINK_LABEL = /,?\s*\(?opens (in )?(a )?new (tab|window)\)?$/i

/** The line without a trailing screen-reader label of a link. */
export function withoutLinkLabel(text: string): string {
  return LINK_LABEL.test(text) ? text.replace(LINK_LABEL, '').trim() : text
}

// A comment section's header, and the lines that give a comment's author or age ("3 hours ago", "Jane Roe says:").
const COMMENT_HEADER = /^(comments?( \(\d+\))?|\d+ (comments?|responses?|replies)|leave a (reply|comment)|post a comment|add a comment|join the (conversation|discussion)|(show|view|reader|readers'?) comments)$/i
const COMMENT_META = /^(\d+ (seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?) ago|just now|reply|like|report|[\p{L} .'-]{1,40} says:.*)$/iu

/** True for a bare comment-section header: "Comments", "Leave a Reply", "12 comments". */
export function isCommentHeader(line: string): boolean {
  return COMMENT_HEADER.test(line.trim())
}

/** True for a line of a comment's furniture: its age, its author's "says:", a reply button. */
export function isCommentMeta(line: string): boolean {
  return COMMENT_META.test(line.trim())
}

// Menus and breadcrumbs: "Home > World > Middle East", "Politics · Energy · Markets", "Home    News    Sport".
// Three or more short items between separators (or wide gaps), in any script.
const NAV_SEPARATOR = /\s+[|>›»/·•]\s+|\s{3,}|\t+/
const MAX_NAV_ITEM_WORDS = 3

function isNavigation(line: string): boolean {
  const items = line.split(NAV_SEPARATOR).map((x) => x.trim()).filter((x) => x !== '')
  return items.length >= 3 && items.every((x) => x.split(/\s+/).length <= MAX_NAV_ITEM_WORDS && !/[.!?]$/.test(x))
}

interface Rule {
  readonly reason: string
  readonly maxWords: number
  readonly test: (text: string) => boolean
}

// A reported sentence ("the group urged followers to subscribe, officials said") is story, not a prompt.
const REPORTED = /\b(said|says|told|according to|reported|announced)\b/i
/** Photo and news agencies whose name alone, or in a credit, marks a caption or credit line (data, not logic). */
export const AGENCIES = 'Getty Images|Reuters|AFP|AP|EPA|EPA-EFE|Anadolu|Anadolu Agency|SANA|Xinhua|UPI|DPA|AAP|Shutterstock'

const BYLINE_WORDS = new Set([
  'by', 'and', 'in', 'for', 'of', 'the', 'at', 'with', 'from', 'de', 'da', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'le', 'la',
  'staff', 'writer', 'reporter', 'correspondent', 'editor', 'contributor', 'reporting', 'editing', 'writing', 'additional',
  'am', 'pm', 'gmt', 'utc', 'updated', 'published', 'min', 'read',
])
// A person's name: capitalised words, with Arabic and European particles ("Ali al-Doe", "Jan van Roe").
const NAME = "\\p{Lu}[\\p{L}'’.-]+( ((al|el|bin|ibn|abu|de|van|von|da)[- ])?\\p{Lu}[\\p{L}'’.-]+){1,3}"
const PERSON_NAME = new RegExp(`^${NAME}$`, 'u')
// What a bio says its subject is.
const JOB = '(correspondent|reporter|journalist|editor|writer|contributor|columnist|producer|fellow|analyst|researcher|photographer|bureau chief)'
const BIO = new RegExp(`^${NAME} is (a|an|the|our|\\p{Lu}[^.]{0,40}['’]s)( [\\p{L}-]+){0,5} ${JOB}s?( (covering|based|for|at|in|on|with|and|who (covers|writes|reports))\\b[^.]*)?\\.`, 'u')
const SECOND_PERSON = /\b(you|your|you're|we|we'll|our|us)\b/i

const RULES: readonly Rule[] = [
  {
    // "See also: …", "Read more: …", "You may also like", "Also read …": these openers are never story text.
    reason: 'related-link',
    maxWords: 30,
    test: (t) =>
      /^(see also|read more|read also|also read|read next|up next|keep reading|click here|you (may|might) also (like|be interested|enjoy)|recommended for you|further reading|more on this( story| topic)?|related (articles?|stories|story|content|coverage|reading|posts?))\b/i.test(t) ||
      // A teaser under a label: "Latest: Council says the bridge will reopen", "Must read: …" — a headline (no closing
      // period) after the label; a live blog's "Latest: Fighters entered Velmar at dawn." is news and stays.
      /^(latest|must read|don'?t miss|editor'?s picks?|also on \p{L}+|also)\s*:\s*\S.*[^.!"”’]$/iu.test(t) ||
      // Scraped link carousels: "list of 4 items", "list 2 of 4", "end of list"
      /^(list( \d+)? of \d+( items)?|end of list)$/i.test(t) ||
      // RSS footer: "The post Fighters reach Velmar appeared first on The Ledger."
      /^the post .+ appeared first on\b/i.test(t) ||
      // Arabic "read also", "read more", "related": اقرأ أيضاً / اقرأ المزيد / ذات صلة
      /^(اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|شاهد أيضا|شاهد أيضاً|مواضيع ذات صلة|ذات صلة)(\s|:|$)/u.test(t) ||
      // "RELATED: …", "Watch | …", "Click here" — ambiguous words count only with a separator or alone.
      /^(related( (articles?|stories|story|content|coverage|posts?|reading))?|recommended|watch|listen|more|top picks)\s*([:|\u2013\u2014]|-\s|$)/i.test(t),
  },
  {
    // "Latest Qorvath stories", "More from Reuters", "Most read", "Trending now"
    reason: 'more-stories',
    maxWords: 8,
    test: (t) =>
      /^(the )?(latest|more|top|trending|popular|recent|recommended|featured|related)( [\w'-]+){0,4} (stories|news|articles|posts|videos|headlines|reads|updates)$/i.test(t) ||
      (/^more (from|in)\b/i.test(t) && t.split(' ').length <= 6) ||
      /^(the )?(latest|more|top|recent) (stories|news|headlines|articles|updates) (from|on|about|in)\b/i.test(t) ||
      /^(most (read|popular|viewed|shared)|trending( now)?|editor'?s picks|in other news|top stories)$/i.test(t),
  },
  {
    // "Discover more from …", "Subscribe to get the latest posts", "Sign up for our newsletter", "… to your inbox"
    reason: 'subscribe',
    maxWords: 40,
    test: (t) =>
      /^discover more from\b/i.test(t) ||
      // A sign-up form's field and its small print: "Enter your email", "By signing up, I agree to the privacy policy"
      /^(enter|type) (your )?e-?mail( address)?\b/i.test(t) ||
      /^by (signing up|subscribing|registering|submitting)\b/i.test(t) ||
      // Arabic "subscribe to our newsletter": اشترك في نشرتنا البريدية
      /^اشترك(\s|$)/u.test(t) || /(النشرة البريدية|نشرتنا)/u.test(t) ||
      (/\b(subscrib\w*|newsletters?|sign[ -]up|inbox|mailing list|free trial|paywall|premium (access|content))\b/i.test(t) &&
        (/^(subscribe|sign up|get|join|enter|don'?t miss|never miss|stay (informed|up to date)|thank you|thanks|already a subscriber|want|like this|newsletter)\b/i.test(t) || SECOND_PERSON.test(t)) &&
        !REPORTED.test(t)),
  },
  {
    // "This site uses cookies … Accept", "We use cookies to improve your experience"
    reason: 'cookie',
    maxWords: 70,
    test: (t) => /\bcookies?\b/i.test(t) && (SECOND_PERSON.test(t) || /\b(this (web)?site|accept|consent|opt[ -]?out|privacy policy)\b/i.test(t)) && !REPORTED.test(t),
  },
  {
    // "Leave a Reply", "Your email address will not be published. Required fields are marked *", "12 comments"
    reason: 'comment-form',
    maxWords: 30,
    test: (t) =>
      /^(leave a (reply|comment)|post a comment|add a comment|write a comment|join the (conversation|discussion)|cancel reply|comments?( \(\d+\))?|\d+ (comments?|responses?|replies)|show comments|view comments|comment policy|reply)$/i.test(t) ||
      // "Your email address will not be published", "… will never be shared", "… is kept private"
      /\byour e-?mail( address)? (will|is|stays)( not| never)? (be )?(published|shared|displayed|kept private|private)\b/i.test(t) ||
      /\brequired fields are marked\b/i.test(t) ||
      /^save my name,? email\b/i.test(t) ||
      /^notify me of (follow-up comments|new (posts|comments))\b/i.test(t) ||
      /^log in to reply$/i.test(t) ||
      /^(log in|sign in|register) to (join|post|comment|reply|leave)\b/i.test(t) ||
      /^comments are (closed|disabled)\.?$/i.test(t) ||
      // Form fields: "Name *", "Email *", "Website"; a count with a prompt: "2 comments - Log in to comment"
      /^(name|e-?mail|website|comment|message)\s*\*?$/i.test(t) ||
      /^\d+ (comments?|responses?|replies)\b/i.test(t) ||
      // A comment's header: "Jane Roe says: March 3, 2024 at 10:12 am"
      /^[\p{L} .'-]{1,40} says:\s*(\p{L}+ \d{1,2},? \d{4}.*)?$/u.test(t) ||
      /^(you must be logged in|log in|sign in) to (post a )?comment/i.test(t),
  },
  {
    // "Share this article", "Share on Facebook | Twitter | Email", "Tweet  Email  Print"
    reason: 'share',
    maxWords: 14,
    test: (t) =>
      (/^((click to )?(share|tweet|email|print|save|copy link|whatsapp|facebook|twitter|x|linkedin|reddit|telegram|pinterest|messenger|flipboard)( this( article| story| post| page)?| on \w+| via \w+)?[\s|,·•/:]*)+$/i.test(t) &&
        /\b(share|tweet|facebook|twitter|whatsapp|linkedin|telegram|email|copy link)\b/i.test(t)) ||
      // A blog's like button scraped with its counter: "Like this:", "Like Loading..."
      /^like( this)?:?( loading\W*)?$/i.test(t),
  },
  {
    // "By Jane Roe", "Written by …", "(Reporting by …; Editing by …)" — but not "By Friday, rebels had …":
    // after the opener a byline holds names, dates and a few job words, never a lowercase verb.
    reason: 'byline',
    maxWords: 25,
    test: (line) => {
      // ("*Writing by Jane Roe": a footnote mark before the opener.)
      const t = line.replace(/^[*•\u2013\u2014-]+\s*/, '')
      return /^\(?(by|written by|words by|reporting by|additional reporting by|writing by|editing by|compiled by|reported by)\s+\p{Lu}/iu.test(t) &&
      /^\(?\p{L}+( \p{L}+)?( by)? \p{Lu}/u.test(t) &&
      t.split(/[\s,;|()]+/).every((w) => w === '' || !/^[a-z]/.test(w) || BYLINE_WORDS.has(w))
    },
  },
  {
    // A credit line of names only, joined by slashes: "Jane Roe / Ali al-Doe" (a state agency's editors).
    reason: 'byline',
    maxWords: 12,
    test: (t) => {
      const parts = t.split(/\s+\/\s+/)
      return parts.length >= 2 && parts.every((p) => PERSON_NAME.test(p))
    },
  },
  {
    // "Posted by the Ledger desk", "By our Middle East correspondent", "Crescent Tribune staff | Friday",
    // "World news desk, with Levant Wire": short, unterminated, naming a desk or staff rather than a person.
    // (A transcript's 'CORRESPONDENT: "… 2,000 Syrians returned on Wednesday."' ends its quoted sentence: no byline.)
    reason: 'byline',
    maxWords: 16,
    test: (t) =>
      !/[.!?]["”’']?$|[?@]/.test(t) &&
      (/^(posted|written|reported|compiled) by\b/i.test(t) ||
        /^by (our|the|a|staff)\b/i.test(t) ||
        /\b(staff|desk|correspondents?|reporters|newsroom|editorial team)\b/i.test(t)),
  },
  {
    // "Jane Roe, Ali Doe and Sam Poe contributed to this report."
    reason: 'byline',
    maxWords: 40,
    test: (t) =>
      /\bcontributed( reporting)? to (this|the) (report|story|article)\.?$/i.test(t) ||
      // "Associated Press writers Jane Roe in Velmar and Ali Doe in Qorvath contributed."
      /^[^.]*\b(writers?|reporters?|correspondents?|journalists?|staff)\b[^.]*\bcontributed( reporting)?\.?$/i.test(t),
  },
  {
    // "Email Jane Roe at jane@ledger.example or follow her @janeroe", "Have a tip? Reach the desk at …"
    reason: 'author-contact',
    maxWords: 45,
    test: (t) =>
      ((/[\w.+-]+@[\w-]+\.[a-z]{2,}/i.test(t) && /\b(follow|reach|reached|email|e-mail|contact|tips?|write to)\b/i.test(t)) ||
        /\bfollow (us|me|him|her|them)\b.*(^|\s)@\w{2,}/i.test(t)) &&
      !REPORTED.test(t),
  },
  {
    // "Join our forums to keep talking …", "Follow us on …", "Check out our buying guide": calls to action
    // addressed to the reader about the site itself.
    reason: 'promo',
    maxWords: 40,
    test: (t) =>
      (/^\W*(join|follow|download|check out|like|listen to|watch|read|get) (us|our)\b/i.test(t) ||
        /\bcheck out our\b/i.test(t) ||
        /^(support|fund) (our|independent) (journalism|reporting|work)\b/i.test(t) ||
        /\bdonate (today|now|here)\b/i.test(t) ||
        /^become a (member|subscriber|supporter)\b/i.test(t) ||
        // "Follow us for the latest updates", "The Ledger is also available on Telegram and WhatsApp"
        /\bfollow us\b/i.test(t) ||
        /\b(is|are) (now |also )*available on (telegram|whatsapp|twitter|x|facebook|instagram|youtube|google news|apple news)\b/i.test(t) ||
        // "For more information, please visit www.…", "For further details see https://…"
        /^for (more|further) (information|details|updates|coverage)\b.*\b(visit|see|go to|click|follow)\b.*(https?:\/\/|www\.|\.\w{2,}\/)/i.test(t) ||
        /^follow\b.{1,60}\bon (social media|twitter|x|facebook|instagram|telegram|linkedin|youtube|google news|whatsapp)\b/i.test(t) ||
        // A live blog signing off, with its pointer elsewhere: "This blog is no longer being updated. Follow our
        // coverage of … here." ("… of the fall of Damascus here" would otherwise read as a report of that fall.)
        /^this (live )?(blog|page|live page|feed|live feed|live coverage) (is|has|has now) (no longer (being )?updated|(now )?(closed|ended|paused)|been (closed|paused|archived))\b/i.test(t) ||
        /^(we|we've|we have|we're|we are) (now )?(have )?(now )?(closed|paused|ended|ending|pausing|wrapping up|stopped|stopping|closing) (this|our) (live )?(blog|coverage|page|feed|updates)\b/i.test(t)) &&
      !REPORTED.test(t),
  },
  {
    // "Photo: Jane Roe/Agency", "Image credit: …", "(Photo by … /Getty Images)", "REUTERS/Jane Roe"
    reason: 'credit',
    maxWords: 16,
    test: (t) =>
      /^\(?(photo|photograph|image|picture|video|credit|source|illustration|graphic|file photo)s?( credit| source| by| courtesy)?\s*[:/]/i.test(t) ||
      /^\(?(photo|image|picture)s? (by|courtesy of)\b/i.test(t) ||
      // BBC style: "Image source, Getty Images"
      /^(image|media|video) (source|caption)\s*,/i.test(t) ||
      // An agency's name alone on a line: "Getty Images", "AFP via Getty Images"
      new RegExp(`^(${AGENCIES})( via Getty Images)?$`, 'i').test(t) ||
      /^[A-Z][A-Z ]+\/[A-Z][\w.\- ]+\)?$/.test(t),
  },
  {
    // "Updated 14:02 GMT", "Published: 6 December 2024", "Last modified on …", "5 min read"; both on one line:
    // "Published 6 December 2024, 14:32 GMT | Updated 6 December 2024, 18:05 GMT"
    reason: 'timestamp',
    maxWords: 20,
    test: (t) =>
      /^(published|updated|posted|last (updated|modified)|first published)( on| at)?\s*:?\s*[\w,]*\s*\d/i.test(t) ||
      /^\d+ min(ute)?s? read$/i.test(t) ||
      // Numeric dates with a page's furniture: "Jane Roe |06.12.2024 - Update : 06.12.2024", "06/12/2024 14:05"
      /^\d{1,2}[./]\d{1,2}[./]\d{4}( \d{1,2}[:.]\d{2})?$/.test(t) ||
      (t.split(' ').length <= 12 && !/[.!?]$/.test(t) && /\b\d{1,2}[./]\d{1,2}[./]\d{4}\b/.test(t) && /[|·•]|\b(update[ds]?|published|posted|modified)\b/i.test(t)) ||
      // A bare date line: "March 4, 2024", "Monday 4 March 2024 10:12 GMT", "2024-03-04"
      /^(\p{L}+,? )?(\d{1,2} \p{L}+|\p{L}+ \d{1,2}),? \d{4}(,? (at )?\d{1,2}[:.]\d{2}.*)?$/u.test(t) ||
      /^\d{4}-\d{2}-\d{2}([ T][\d:]+.*)?$/.test(t) ||
      /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/i.test(t) ||
      // "The Ledger · 30 November 2024, 22:10", "Velmar - Ledger Tuesday, 3 March, 2024 - 18:40": a short unterminated
      // line carrying a full date and a time or a separator.
      (t.split(' ').length <= 14 && !/[.!?]$/.test(t) && /\b(\d{1,2} \p{L}{3,9},? \d{4}|\p{L}{3,9} \d{1,2}, \d{4})\b/u.test(t) && /[·|•]|(,|\s[-\u2013\u2014])\s*\d{1,2}[:.]\d{2}/.test(t)) ||
      /^[^.!?]*\b(updated|posted|published)\b:? \d{1,2}[:.]\d{2}\s*(am|pm|gmt|utc)?$/i.test(t) ||
      // A dateline on a line of its own: "VELMAR/QORVATH, Mar 4 (Ledger)"
      /^[\p{Lu}][\p{Lu} \/.'-]+, \p{L}{3,9}\.? \d{1,2}( \([\p{L} ]+\))?$/u.test(t),
  },
  {
    // "Advertisement", "Skip to content", "Sign in", "© 2024 … All rights reserved"
    reason: 'site-chrome',
    maxWords: 20,
    test: (t) =>
      /^(advertisement|advertising|sponsored( content)?|skip to (main )?content|sign in|log in|register|menu|search|home|back to top|scroll to continue|continue reading|story continues below( advertisement)?|loading\.*)$/i.test(t) ||
      /(©|^\(c\) |^copyright\b|\ball rights reserved\b|\bsubject to copyright\b|\breproduction without permission\b)/i.test(t) ||
      /^(sponsored|advertisement|ad|promoted)\s*:/i.test(t) ||
      /^(posted|filed) (in|under)\b/i.test(t) ||
      /^[←→«»‹›<>\s]*(previous|next) (article|post|story)\b/i.test(t) ||
      // A video player's controls and clock: "0:00 / 2:41", "Video duration 02 minutes 41 seconds", "Autoplay"
      /^\d{1,2}:\d{2}(:\d{2})?\s*\/\s*\d{1,2}:\d{2}(:\d{2})?$/.test(t) ||
      /^video duration\b/i.test(t) ||
      /^(autoplay|play video|next video|replay|unmute|mute|watch again|play)$/i.test(t) ||
      /^our standards\b/i.test(t) ||
      /^advertise (with|on) (us|the|our)\b/i.test(t) ||
      /^ad feedback$/i.test(t) ||
      // The site's notes about itself: where else it can be read, its registration, the terms of reuse.
      /\b(website|site|page|channel) (can|may) (also )?be (accessed|reached|found|viewed|read)\b/i.test(t) ||
      /\bregistered (mass )?media\b|\b(registration )?certificate (no|number)\b/i.test(t) ||
      (/\b(use|reproduction|republication|reprinting|copying|redistribution) of (the |our |all )?(materials?|content|articles?|texts?)\b.*\b(permitted|allowed|prohibited|forbidden|requires?)\b/i.test(t) &&
        /\b(web ?site|site|hyperlink|active link)\b/i.test(t) && !REPORTED.test(t)),
  },
  {
    // "Tags: army, Hama", "KEYWORDS", "Suggested Topics:", "Topics" — a tag list's label, with or without its items.
    // (Lines under a bare label are its items: see classify.ts.)
    reason: 'tags',
    maxWords: 30,
    test: (t) => /^((suggested|related|popular|more|trending|key) )?(tags?|topics?|keywords|filed under|categories|labels)\s*(:.*)?$/i.test(t),
  },
  {
    // Notes about the page's own history: "Correction: An earlier version of this story said …", "This story has been
    // updated with …", "Editor's note: This article was amended …". A figure such a note corrects is no news of its own.
    reason: 'correction',
    maxWords: 90,
    test: (t) =>
      /^\(?(corrections?|clarifications?)( appended)?\s*(\([^)]{0,30}\))?\s*[:\u2013\u2014-]\s/i.test(t) ||
      /^\(?(editor'?s note|update|updated|note)\s*:\s*(this|an? (earlier|previous|prior)) (version|story|article|report|post|piece)\b/i.test(t) ||
      /^\(?(an? )?(earlier|previous|prior) version of this (story|article|report|post|piece)\b/i.test(t) ||
      /^\(?this (story|article|report|post|piece|page|headline) (has been|was|had been|is being) (updated|corrected|amended|revised|edited|changed|clarified)\b/i.test(t),
  },
  {
    // An author's bio: "Jane Roe is The Ledger's Velmar correspondent. She has covered the north since 2012."
    // (The job word must end the first clause or lead into its beat, so "… is a journalist who was detained" stays.)
    reason: 'author-bio',
    maxWords: 70,
    test: (t) =>
      BIO.test(t) &&
      !/\b(who|that) (was|were|had been|has been)\b/.test(t) && !REPORTED.test(t),
  },
  {
    // A label and a bare link: "Follow AP's coverage at https://…", "The Ledger's coverage of the war: https://…"
    reason: 'promo',
    maxWords: 20,
    test: (t) => /^[^.!?]{0,120}(:|\bat)\s*(https?:\/\/|www\.)\S+$/i.test(t) && !REPORTED.test(t),
  },
]
