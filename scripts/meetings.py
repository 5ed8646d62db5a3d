"""Meetings one article reports: who met whom, when and where, tied to the sentences that say so.

A sentence reports a meeting when it holds a meeting verb ("met", "called on", "held talks
with", "received", "briefed", "attended") that is not planned ("will meet", "is expected
to"), negated, cancelled, or done by phone or letter. Sentences that add people to the
meeting just reported ("was accompanied by", "were also present") join it. Mentions of
the same meeting in one article merge; the resolve stage merges them across articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from .dates import ENTRY_TIME, TimeExpression, find_expressions, resolve
from . import lexicon as lx
from .knowledge import Knowledge
from .patterns import Alternation
from .places import Place
from .text import fold

# Verbs and nouns that report an in-person meeting, by how they relate their people.
_EVENT = Alternation(
    r"\b(?:met|meets|called on|calls on|call(?:ed)? upon|call on(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d))|paid (?:a |an )?(?:courtesy |farewell |separate |official )?calls? on|"
    r"held (?:[\w-]+ ){0,3}(?:talks|meetings?|discussions|consultations|parleys|negotiations|dialogue|summit)(?= with| between| in| at| on| of| for|,|\.|"
    r" (?:this|last|yesterday|today|earlier|late|early) [^.;]{0,30}?\bwith\b)|"  # ("held a bilateral meeting this Tuesday with")
    r"holds (?:[\w-]+ ){0,3}(?:talks|meetings?|discussions)(?= with| between)|"
    r"(?:talks|meeting|meetings|discussions|consultations|parleys|one-on-one|tete-a-tete|tête-à-tête)"
    r"(?: (?:yesterday|today|last week|this morning|on \w+|separately|jointly|together|again|also))? (?:with|between)|"
    r"(?:they|we) had (?:a|an|their) (?:[\w-]+ ){0,2}(?:conversation|exchange|discussion)\b|"
    # "travelled to Kyiv on 2 July, where he urged Volodymyr Zelenskyy to ...": said to someone there
    r",\s+where (?:he|she) (?:urged|told|pressed|assured|thanked|warned)(?= [A-Z])|"
    # "By Friday X was in Beijing, where Xi Jinping told him at the guesthouse that ...": said to him there
    r",\s+where (?-i:[A-Z])[\w’'-]+(?: (?-i:[A-Z])[\w’'-]+){0,2} (?:urged|told|pressed|assured|thanked|warned)(?= (?:him|her)\b)|"
    # "On Wednesday morning he went back for a second round": the people of the meeting before, again
    r"(?:went|came|was|were) back for (?:a|another) (?:[\w-]+ )?(?:round|session|meeting)\b|"
    r"attending (?:the|a|an)\b|addressed (?:a|the) (?:[\w-]+ ){0,2}(?:forum|meeting|session|roundtable)\b|(?:talks|meeting|meetings|summit) (?:in|at) (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2},? (?:with|between)\b|(?:having|had|have) (?:a |an )?(?:[\w-]+ )?(?:lunch|luncheon|dinner|breakfast)\b|"
    r"had (?:a|an) (?:[\w-]+ ){0,4}(?:discussion|discussions|talks|meeting|exchange) with|"
    r"(?:sat|sitting) down (?:together )?(?:with|for|to|beside|next to|opposite)\b|sit down with\b|sat (?:with|between)\b|sat (?:across|opposite) (?:the table )?from\b|"
    # "Carney had an audience with the King", "was granted a private audience with the Pope"
    r"(?:had|has|have|granted|given) (?:a |an |his |her |their )?(?:[\w-]+ )?audience with\b|conferred with|after meeting|while meeting|upon meeting|on meeting|briefed(?! (?:the )?(?:press|media|reporters|journalists|correspondents|the nation|parliament)\b)|attended(?! by)|shook hands with|"
    # a meeting as a noun: "agreed on a consensus at a meeting in Moscow", "reflected on their meeting"
    r"at (?:a|their) (?:[\w-]+ )?(?:meeting|summit)\b(?! of| with| between)|their (?:last |previous |earlier |first |(?-i:[A-Z][a-z]{2,8})\.? \d{1,2} )?(?:meeting|talks)\b(?! of| with)|"
    # "spent three hours in the Kremlin with Putin", "ended up spending the evening with"
    r"(?:spent|spending) (?:more than |about |nearly |over |some |almost |roughly |around |close to )?(?:\w+ )?(?:hours?|minutes|the (?:day|evening|morning|afternoon))"
    r" (?:(?:in|at) (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2} )?(?:with|alone|together|in talks)\b|"
    r"(?:lunch|luncheon|dinner|breakfast) with|"
    # "Over roughly ninety minutes with Narendra Modi, the two leaders agreed": time spent together
    r"(?:over|during|after|in) (?:(?:roughly|about|nearly|more than|some|almost|around) )?(?:[\w-]+ )?(?:minutes|hours?)"
    r" (?:of (?:talks|discussions?) )?with\b|"
    # "the two presidents flew to Central Java and toured Borobudur together": a visit made together
    r"(?:toured|visited|inspected)\b[^.;,]{0,60}?\btogether\b|"
    # "Scholz, who visited Macron in Paris", "Hun Sen visited Thaksin at his home": a call on a person
    # (kept only when a person's name follows: see _report)
    r"(?:visit(?:ed|s)|saw)(?= (?:the |his |her )?[A-Z])|"  # ("saw Xi again at the Diaoyutai")
    # "Delegations ... gathered at the Palais Coburg for a meeting of the Joint Commission chaired by X"
    r"(?:gathered|convened|assembled)\b[^.;]{0,80}?\bfor (?:a|the) (?:[\w’'-]+ ){0,3}(?:meeting|talks|session|round)\b|"
    r"(?:went|came|flew|travel+ed|drove|returned|stopped (?:by|off|over|in))\b(?:[^.;,]|\.(?= \d)){0,50}? to (?:brief|meet|see|consult)\b|"
    # a meal together: "shared a social dinner", "dined with", "met over lunch"
    r"(?:shared|had|held) (?:a|an) (?:[\w“”\"'-]+ ){0,2}(?:dinner|lunch|luncheon|breakfast|banquet)\b|dined with|lunched with|"
    r"signed (?:a|an|the) (?:[\w-]+ ){0,3}(?:agreement|declaration|deal|accord|memorandum|treaty|communiqu[eé]) with|"
    # "Hemedti and Abdallah Hamdok ... signed the so-called Addis Ababa Declaration": signing together
    r"sign(?:ed|ing) (?:a|an|the) (?:[\w-]+ ){0,4}(?:agreement|declaration|accord|treaty|roadmap|cessation|ceasefire|truce|"
    r"deal|pact|protocol|memorandum|charter|framework)\b|(?:put|affixed|appended) (?:their|his|her) signatures?\b|"
    # "a ceremony in Istanbul's Dolmabahce Palace attended by President Erdogan and ...": who was there
    r"(?:ceremony|summit|session|signing)\b[^.;]{0,80}?\b(?:attended|presided over|witnessed) by|"
    # "The deal was signed in the South African capital by X ... and Y": the signatories, together
    r"(?:was|were) signed (?:in|at) [^.;]{0,60}?\bby\b|"
    # the chair of a meeting whose other people the text names next: "today chaired the meeting of ..."
    r"(?:co-)?chaired (?:the|a|an) (?:[\w-]+ ){0,3}(?:meeting|session|talks|summit|consultations|conference|round|roundtable)\b|"
    r"(?<=, )(?:co-)?chaired by|"
    r"presided over (?:the|a|an) (?:[\w-]+ ){0,3}(?:meeting|session|talks|summit)|"
    r"(?:while|during|when|was|were) talking to)\b", re.I)
# "Khalilzad and army chief General Qamar Javed Bajwa discussed ...": two named people discussing.
_DISCUSSED = re.compile(r"\b(?:discussed|reviewed|exchanged views)\b", re.I)
# Receiving or hosting someone: a name or title follows ("received the visiting Foreign Minister"),
# not "welcomed the progress" or "received a call".
_HOSTING = Alternation(r"^\W*(?:Received|Welcomed|Hosted|Greeted) by\b"  # a participle opening: "Received by X on 25 March, Lula ..."
                      r"|\b(?i:received|receiving|hosted|hosting|welcomed|welcoming)\b(?=\s+(?:(?:at|in) (?:(?:his|her|their|the) )?\w+(?: \w+)?\s+)?"
                      r"(?:(?i:the|a|an|his|her)\s+)?(?:(?i:visiting|newly)\s+)?[A-Z])"
                      r"|\b(?i:hosted|gave|threw) (?i:a|an) (?:(?i:state|official|working|private|formal|gala|farewell|welcome) )?"
                      r"(?i:dinner|lunch|luncheon|reception|banquet|breakfast)\b"
                      r"|\b(?i:hosted)(?= for (?:(?i:the|his|her) )?[A-Z])"  # "a lunch ... that Trump hosted for Ramaphosa"
                      r"|\b(?i:received|receiving|hosted|hosting|welcomed|welcoming)(?= (?:him|her|them) "
                      r"(?:at|in|on|for|with|last|this|yesterday|today|late|early)\b)"
                      # a wire's word order: "al-Sharaa received on Friday French Minister ... Barrot"
                      r"|\b(?i:received|hosted|welcomed)(?= (?:(?i:on|this|last) )?(?i:Monday|Tuesday|Wednesday|Thursday|Friday|"
                      r"Saturday|Sunday|today|yesterday)(?: (?i:morning|afternoon|evening))?,? (?:the )?[A-Z])"
                      # a guest named by role first: "hosted the commander of Sudan's RSF, Gen Mohamed Dagalo"
                      r"|\b(?i:received|hosted)\b(?=\s+(?:(?i:the|a|an|his|her)\s+(?:[A-Za-z][\w’'-]*\s+){0,3}?|(?:[A-Z]\.?){2,4}\s+)?"
                      r"(?i:commander|minister|president|envoy|ambassador|delegation|secretary|chief|head|leader|"
                      r"representative|adviser|advisor|general|governor|speaker|chairman|director|premier|visitor|guest)s?\b)"
                      # the passive: "Trump had been received by President Trong" (the host comes after)
                      r"|\b(?i:was|were|been|being) (?:(?i:warmly|cordially|formally) )?(?i:received|hosted|welcomed) "
                      r"(?:in [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? |at (?:the )?[A-Z][^,.;]{1,40}? )?by\b"
                      # "was received this Thursday, 6 April, by the President ...": a date or manner first
                      r"|\b(?i:was|were|been|being) (?i:received|hosted|welcomed) (?i:this|on|last|yesterday|today|successively|"
                      r"separately|in turn|later|then)\b[^.;:]{0,40}?\bby\b"
                      # ", received with full honours by President William Ruto"
                      r"|(?<=, )(?i:received|welcomed) (?:with [\w ]{3,30} )?by\b"
                      # a base or a site shown to a visitor: "was taken round the base by the mission commander",
                      # "the commander took him through a briefing"
                      r"|\b(?i:was|were) (?i:taken|shown|guided|escorted) (?i:a)?round\b[^.;]{0,60}?\bby\b"
                      r"|\b(?i:was|were) (?i:given|taken on) (?i:a) (?:[\w-]+ )?(?i:tour|briefing)\b[^.;]{0,60}?\bby\b"
                      r"|\b(?i:took)(?= (?:(?i:him|her|them)|the (?:[\w-]+ )?(?i:envoy|visitor|guest|delegation|president|minister)) "
                      r"(?i:through|on|for) (?i:a|an) (?:[\w-]+ )?(?i:briefing|tour|walk|stroll|drive)\b)")
_JOINING = Alternation(
    r"\b(?:accompanied by|accompanied (?:the|his|her|their)|(?:was|were) (?:also )?present|also attended|"
    r"sat in on (?:the|their) (?:meeting|talks|session|conversation)\b|\bat (?:his|her|their) side\b|"
    r"(?:also )?(?:joined|participated in|took part in|attended) the (?:meeting|talks|consultations|session)\b(?! of)|"
    r"(?:were|was) also in attendance|(?:were|was) (?:then |later |also )?joined (?:at [^,;.]{1,60}? )?by|, joined by|"
    r"(?:meeting|talks|session|consultations|dialogue|conference) (?:was|were) (?:co-)?(?:chaired|opened) by|(?:was|were) represented by|"
    r"\bsent (?=[A-Z][a-z]+ [A-Z])|"
    r"led (?:the|his|her|their) (?:[\w-]+ ){0,3}delegation|(?:side|delegation|team) was (?:led|headed) by|"
    r"\b(?:side|delegation|team)\b[^.;]{0,80}?\b(?:was|were) (?:led|headed) by|"
    r"(?:meeting|talks|consultations|dinner|session) (?:was|were) (?:also )?attended by|(?:also )?took part|"
    # "The talks, held in a narrow format, were attended by", "..., was attended on the Spanish side by"
    r",\s+(?:was|were) (?:also )?attended (?:on (?:the|each|both) [\w-]+ sides? )?by|"
    r"(?:delegation|team|side) (?:also )?included|"
    # "About 140 guests attended the banquet ... They included Empress X, ...": who was there
    r"^\W*(?:they|the guests|guests|those present|those attending|attendees|participants) (?:also )?included\b|"
    # "X and Y also spoke at the forum": they were there
    r"(?:also )?spoke at the (?:[\w-]+ )?(?:forum|meeting|ceremony|session|dinner|banquet|lunch|luncheon|reception)\b|(?:was|were) (?:also )?(?:a )?part of the (?:[\w.-]+ ){0,3}(?:team|delegation|side)|"
    r"accompanying|accompanied (?=[A-Z]|him\b|her\b)|"
    # "X and Y, the two other members of the panel, sat beside Z at the head table"
    r"(?:sat|was seated|were seated|stood) (?:beside|next to|alongside)\b|(?:in|with) the presence of|"
    r"(?:around|at) the (?:[\w-]+ )?table (?:sat|were)\b|(?:was|were) in (?:both|the|all|each|these|those) (?:of the )?(?:meetings?|talks|sessions?)\b|"
    # "X represented the Kenyan government at the ceremony": someone added to the meeting just told
    r"represented (?:the|his|her|their) (?:[\w-]+ ){0,4}at the (?:ceremony|meeting|talks|signing|session|summit)\b)", re.I)
# "called on China to use its influence", "calls on all parties to refrain": an appeal; but "called on
# the Prime Minister to discuss ..." is a visit with its purpose.
_URGED = re.compile(r"(?:\s+[\w’'.-]+){1,5}?\s+to\s+(?!discuss|meet|review|brief|exchange|hold|talk|convey|deliver|present|"
                    r"pay|congratulate|bid|thank|express|seek|share|hand|receive|sign|explore|consult|update|apprise|inform)[a-z]+\b")
_JOINED_FOR = re.compile(r"(?:(?:was|were) (?:then |later |also )?)?joined (?:at [^,;.]{1,60}? )?by\b[^.;]{0,150}?\bfor (?:a|an) (?:[\w-]+ ){0,2}"
                         r"(?:meeting|talks|session|summit|dinner|lunch|round)\b", re.I)
# "X led the Thai delegation to the Special Meeting ..., hosted by Y": the meeting itself.
_LED_TO_MEETING = re.compile(r"led (?:the|his|her|their|a|an) (?:[\w-]+ ){0,3}delegation (?:to|at|in|for) (?:the |a |an )?"
                             r"(?:[\w-]+ ){0,6}?(?:meeting|talks|summit|session|conference|consultations|negotiations)\b", re.I)
# "The consultations were held at the Foreign Office today": a meeting whose people come next.
_HELD = re.compile(r"\b(?:talks|meeting|consultations|dialogue|session|discussions|parleys|summit|round)\b[^.;]{0,120}?"
                   r"\b(?:was|were) held\b"
                   # "Direct Russian-Ukrainian talks held at the Dolmabahce Palace on Friday have ended"
                   r"|\b(?:talks|meeting|negotiations|consultations|round)\s+held\s+(?:at|in|on)\b[^.;]{0,120}?"
                   r"\b(?:have|has|had) (?:ended|concluded|begun|started|opened|finished)\b", re.I)
# A second meeting verb in the same sentence starts a second meeting: "met X, and later called on Y".
_NEXT_MEETING = re.compile(r"\b(?:and )?(?:later|then|afterwards|subsequently|also|before|after which)\b[^,;]{0,60}$"
                           # "held talks with A at Government House on Thursday, and on Friday met B": its own day
                           r"|(?<=,)\s+and\s+(?:he|she|they)\s+(?:then\s+|later\s+|also\s+)?$"  # ("..., and he called on Y the next day")
                           r"|(?<=,)\s+and\s+(?:(?:on|early on|late on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                           r"the (?:next|following) (?:day|morning)|a day later)\s+$"
                           # "A and B met in Vilnius in July, and C went to Ankara in September to see D"
                           r"|,\s+and\s+(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3}\s+$", re.I)
# ", days after C met D": another meeting, told as the time of the first
_APART_IN_TIME = re.compile(r",\s+(?:(?:only|just) )?(?:(?:a few|[\w-]+)\s+)?(?:days?|weeks?|hours?|months?|years?)\s+"
                            r"(?:after|before|earlier|later)\b|,\s+(?:shortly|soon|just|only) (?:after|before)\b", re.I)
_REFERENCE_TO_MEETING = re.compile(r"\b(?:the|his|her|their|this|that|same)\s+(?:meeting|meetings|talks)\b", re.I)
# Words before a meeting verb that make it unreal: planned, hoped, refused, cancelled.
_NOT_HAPPENED = re.compile(
    r"\b(?:will|would|shall|expected|likely|scheduled|set|plans? to|planned|planning|proposed|due|hop(?:es|ed|ing)|"
    r"arrangements?|arranging|preparations?|preparing|invitation|requested|any|to be|"
    r"wants?|wanted|seeking|sought|could|may|might|should|must|cancel+ed|called off|postponed|refused|declined|"
    r"turned down|rejected|ruled out|"
    r"denied|not|n't|never|no|without|next(?! (?:morning|day|afternoon|evening|night)\b)|upcoming|future|possible|potential|"
    r"if|unless|whether|try|trying|aims?|"
    r"intends?|going)\b", re.I)
_REMOTE = re.compile(
    r"\b(?:telephone|phone|telephonic|phoned|video[ -]?link|(?:by|via|over) video\b|video[ -]?conferenc\w*|video[ -]?call|virtual(?:ly)?|online meeting|zoom|"
    r"letter|wrote to|(?:a|the|his|her|in a|during a) call\b(?! on)|calls? (?:from|to)\b|dialled|spoke by|spoke over)",
    re.I)
_DISCUSSION = re.compile(
    r"\b(?:discuss\w*|focus\w* on|exchanged views|agreed|reaffirm\w*|stress\w*|appreciat\w*|emphasi[sz]\w*|"
    r"underscor\w*|matters of|matters related|deliberat\w*|reviewed|highlight\w*|underlin\w*)\b", re.I)
_VISIT = re.compile(r"\b(?:visit\w*|arriv\w*|reach\w*|tour\w*|trip|landed|flew|travel+ed)\b", re.I)
_CITY_AFTER = re.compile(
    # "at Joint Staff Headquarters, Rawalpindi", "at State House, Nairobi": the city after the venue (tried first)
    r"\bat\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,5}?(?:Headquarters|House|Palace|Office|Ministry|Hall|Complex|Centre|Center|Secretariat|Residence),\s+(?P<city>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+)?)"
    # ("Rio de Janeiro", "Dar es Salaam": a town's name with a small word inside)
    r"|\b(?:in|at|visited|toured|reached|arrived in|arrived at|to|outside|near|(?:edge|outskirts) of)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w’'.-]+(?:\s+(?:de|do|da|dos|das|del|di|es|el|la|le|les|sur|am|an der)\s+[A-Z][\w’'.-]+"
    r"|(?:\s+[A-Z][\w’'.-]+){0,2})(?:[’']s capital| capital)?)"
    # "arrived in Nairobi from Addis Ababa, where earlier that day he signed": the journey's start
    r"|\bfrom\s+(?P<whence>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})(?=,\s*where\b)"
    # "4.0 was Washington itself, where Orbán met Erdoğan": the city a "where" clause opens on
    r"|\b(?:was|is)\s+(?P<town>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?)(?:\s+itself)?,\s*where\b"
    # "at his home in the holy city of Najaf", "in the southern port city of Aden"
    r"|\b(?:in|at|to) the (?:[\w-]+ ){0,3}(?:city|town|capital|village) of (?P<cityof>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?)"
    # a newsletter's label: "ALSO IN WASHINGTON: Zelenskyy met Joe Biden ..."
    r"|^\W*(?:ALSO |MEANWHILE )?IN (?P<label>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):")
_HERE = re.compile(r"\bhere\b")
_PRONOUN = re.compile(r"\b(?:he|she)\s*$", re.I)
# "His first engagement was a meeting with X": the one the last sentence was about, whose day is told;
# "This was followed by a meeting with Y": the subject of the meeting told before
_HIS_NEXT = re.compile(r"\W*(?:His|Her)\s+(?:[\w-]+\s+){0,3}?(?:engagement|appointment|stop|event|meeting)\b[^,;]{0,40}?\s(?:was|is)\b")
_FOLLOWED_BY = re.compile(r"\W*(?:This|That|It|Which) (?:was|is) (?:then |later |soon )?followed by\b")
_SEPARATE = re.compile(r"\bseparate(?:ly)?\b|\bsuccessively\b|\bin turn\b|\bone after the other\b|\bback-to-back\b", re.I)
_DELEGATION = re.compile(r"\b(?:the|his|her|their) (?:visiting )?(?:[A-Z][\w.]* )?(?:delegation|team|guests?|visitors|envoys|delegates)\b")
# A group as the subject of the meeting verb: "The envoys first met ...", "..., where they held talks".
_GROUP_SUBJECT = re.compile(r"(?:^\W*(?:the|both) (?:[\w-]+ ){0,2}(?:envoys|delegation|delegates|visitors|guests)|\bwhere they|^\W*they)\s+"
                            r"(?:\w+\s+){0,2}$", re.I)
_MOVED = re.compile(r"\b(?:travel+ed|flew|went on|moved on|proceeded|headed|drove) to\b|\barrived in\b", re.I)
# A sentence that says who made up a delegation: its members are the visitors of what follows.
_MEMBERS = re.compile(r"\b(?:delegation|team|group|mission) (?:was|were) (?:led|headed) by\b|\b(?:delegation|team) (?:also )?included\b", re.I)
_SOURCE_BEFORE = re.compile(r"\b(?:according to|said|quoted)\s*$")
_ACCORDING_TO = re.compile(r"\baccording to\s+(?:(?:the|a|an)\s+|[\w-]+[’']s\s+|[A-Z][\w’'.-]*\s+){0,6}$")
# "The two leaders then held talks ...": the people of the meeting just reported.
_COUNTED_GROUP = re.compile(r"\b(?:the|both|all) (?:two|three|four|five|six|seven|eight) \w+", re.I)
_THE_PAIR = re.compile(r"^\W*(?:the two|both|the) (?:leaders|sides|ministers|presidents|heads of state|delegations|men)\b", re.I)
_GROUP_COUNT = re.compile(r"\b(?:the|all)(?: same)? (?P<n>two|three|four|five|six) (?:men|women|leaders|ministers|officials|sides|"
                          r"mediators|envoys|chiefs|negotiators|delegations)\b[^,;.]{0,30}$", re.I)
# "Qin Gang met with the two foreign ministers": the people of the meeting just reported, after the verb.
_GROUP_OBJECT = re.compile(r"\b(?:met|meets|meet|received|receives|hosted|hosts|welcomed|with|for)\s+(?:the|both|all) (?P<n>two|three|four|five|six) (?:[\w-]+ ){0,2}(?:men|women|leaders|"
                           r"ministers|officials|sides|mediators|envoys|chiefs|negotiators|delegations|commanders|generals|"
                           r"presidents|counterparts|heads of state|foreign ministers)\b", re.I)
# "Mao Ning: Yesterday, X held talks with Y": a transcript's speaker, who tells of the meeting.
# ", who is (in Moscow) on a working visit", ", who was visiting": a guest; in the present, the visit under way
_ON_A_VISIT = (r"(?:visiting\b|(?:in (?P<city>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+)?) )?(?:on|paying|making) (?:a|an|his|her|their) "
               r"(?:[\w-]+ ){0,3}visit\b)")
_WHO_IS_VISITING = re.compile(rf"\s*,\s*who (?:is|was|are|were) {_ON_A_VISIT}", re.I)
_VISITING_NOW = re.compile(rf",\s*who (?:is|are) {_ON_A_VISIT}", re.I)
_ROLE_NOUNS = {"heads of state": ("president", "king", "emir", "sultan", "prime minister", "chancellor"),
               "minister": ("minister",), "president": ("president",), "commander": ("commander", "general", "chief"),
               "general": ("general",), "envoy": ("envoy", "ambassador", "representative")}
_SPEAKER_LABEL = re.compile(r"\s*:")
_LABEL = re.compile(r"\W*(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*\s*:\s")
# An interview's questions and answers: "Q: How would you sum up ...?", "A: Very positively. ..."
_QUESTION = re.compile(r"\s*(?:Q|Question)\s*[:.]\s")
_ANSWER = re.compile(r"\s*(?:A|Answer)\s*[:.]\s")


def _label_end(text: str) -> int:
    label = _LABEL.match(text) or _ANSWER.match(text)
    return label.end() if label else 0


def _label_speaker(label: str, start: int, named: list[dict], introduced: dict[str, int]) -> str | None:
    """The person a transcript's label names: by a mention in it, or by the family name of someone the
    text has introduced ("LAMOLA:" after "Minister Ronald Lamola")."""
    inside = [m["name"] for m in named if m["char_start"] - start < len(label)]
    if inside:
        return inside[0]
    words = fold(label).split()
    known = [name for name, at in introduced.items() if at < start and words and fold(name).split()[-1:] == words[-1:]]
    return known[0] if len(known) == 1 else None


def _interviewee(body: str, mentions: list[dict]) -> str | None:
    """Who answers an interview's questions: the first person its introduction names."""
    lines = body.splitlines()
    if sum(1 for line in lines if _QUESTION.match(line)) < 2 or sum(1 for line in lines if _ANSWER.match(line)) < 2:
        return None
    return next((m["name"] for m in mentions if m["kind"] != "attributive"), None)


_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|me|myself)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|myself|me|us)\b")
_PAIR_SUBJECT = re.compile(r"\b(?:the two|both) (?:leaders|sides|presidents|prime ministers|heads of state|men|women|"
                           r"foreign ministers|ministers|counterparts)\b[^,;.]{0,40}$", re.I)
_SAID_THAT = re.compile(r"(?:\s*,[^,]{0,120},)?\s*(?:said|told|wrote|tweeted|stated|added|confirmed|reported|announced|"
                        r"informed)\b[^.]{0,80}?\bthat\b")
# A name that closes its sentence with a speech verb is the source: "..., Balkhi said."
_REPORTED_BY = re.compile(r"\s*(?:said|says|told reporters|added|tweeted|wrote|confirmed)(?:\s+\w+){0,3}\s*[.!]?[”\"]?\s*$")
_OBJECT_PRONOUN = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:him|her)\b", re.I)
# Sentences that carry on from the one before: they share its date unless they give their own.
_CONTINUES = re.compile(r"^(?:He|She|They|Then|The two|Both|Earlier|Later|Separately|Meanwhile|This|It|During the meeting|"
                        r"(?:Hours|Minutes|Moments|Shortly|Just) (?:earlier|later|before|after)|"
                        r"(?:Following|After) (?:the|their|this|that) (?:[\w-]+ ){0,2}(?:meeting|talks|conference|ceremony|summit|session)|"
                        r"(?:Following|After) (?:the|their|this|that|his|her) (?:[\w-]+ ){0,2}[\w-]+,|"  # "After the Mass,"
                        r"In the (?:evening|afternoon|morning)|That (?:evening|afternoon|morning|night)|"
                        r"On the (?:sidelines|margins) of (?:the|this)|Between the (?:two )?(?:meetings|sets of talks|talks|sessions)|"
                        r"The same day|On the same day|That day|On that day|In the (?:morning|afternoon|evening) of the same day|"
                        r"In the meeting|At the meeting|On the occasion)\b|\b(?:also|later|afterwards|then)\s+(?:\w+\s+)?"
                        r"(?:met|meets|called|held|received|hosted|briefed|visited|travel+ed|flew|went|headed|moved|joined|"
                        r"accompanied|proceeded|drove)\b")
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
_DAYS_APART = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days? (?P<way>later|after|before|earlier)\b"
                         r"|\bthe (?P<way2>next|following|previous) (?:day|morning|afternoon|evening)\b|\bthe day (?P<way3>before|after)\b", re.I)
def _days_shifted(match: re.Match) -> int:
    count = match["n"] or "1"
    days = int(count) if count.isdigit() else _NUMBERS[count.lower()]
    return -days if (match["way"] or match["way2"] or match["way3"]).lower() in {"before", "earlier", "previous"} else days


_SIDELINE = re.compile(r"\b(?:on|at) the (?:sidelines|side-lines|margins|sideline)\b", re.I)
_WELCOMED = re.compile(r"\b(?:was|were|been|being) (?:\w+ )?(?:received|welcomed|greeted|met)\b|\b(?:received|welcomed|greeted)\b", re.I)
_ESCORTED_OPENING = re.compile(r"\W*(?:Accompanied|Flanked|Joined|Escorted) by [^,;]{3,120},")
_DEPARTED = re.compile(r"\b(?:left|departed(?: from)?|flew out of|set off from|took off from)\s+(?:[A-Z][\w’'-]+\s*){1,3}$")
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her)\s+(?:(?:first|last|latest|previous|second|next|only)\s+)?$", re.I)
_IN_BOTH = re.compile(r"\bin both (?:of the |of these )?(?:meetings|talks|sessions|rounds)\b", re.I)
_SINCE_MEETING = re.compile(r"\bsince\s+(?:their|his|her|its|the|that|our)?\s*(?:[\w-]+\s+)?$", re.I)
_SINCE_ANY = re.compile(r"\bsince\b[^,;.]{0,60}$", re.I)
_SINCE = re.compile(r"\bsince\b(?![^,;.]*\b(?:met|meeting|talks|visit|visited)\b)[^,;.]{0,40}$", re.I)
_MEETING_NOUN = re.compile(r"\b(?:talks|meeting|meetings|summit|session|negotiations|consultations)\b", re.I)
_AIRPORT = re.compile(r"\b(?:airport|tarmac|air ?base|airfield|on (?:his |her |their )?arrival|upon (?:his |her |their )?arrival)\b", re.I)
_BACKGROUND = re.compile(r"(?<!after he )(?<!after she )(?<!after they )"
                         r"\bhad (?!earlier |already |first )(?:\w+ )?(?:met|held|called|visited|attended|received|hosted|accompanied)\b", re.I)
# "speaking after he had held talks with Erdogan": an event told in sequence with the one just reported,
# the same day but not the same meeting.
_SEQUENCED = re.compile(r"\b(?:after|before) (?:he|she|they) had\b|\bhad (?:earlier|already|first) (?=met|held|called|received)"
                        # "Hours earlier, Dmitriev took the envoy for a stroll": another meeting of that day
                        r"|^\W*(?:Hours|Minutes|Shortly|Moments|An hour|Two hours) (?:earlier|before)\b"
                        # "Before receiving the American guest, the Russian leader held a working meeting with X"
                        r"|^\W*(?:Before|After) (?:receiving|meeting|hosting|welcoming|holding talks with)\b"

                        r"|^\W*(?:(?:Hours|Minutes|Shortly|Just|Moments|Soon|Immediately|Right) )?(?:Before|Ahead of|After|Following) the (?:[\w-]+ )?(?:plenary|main|formal|full|expanded|"
                        r"summit|session|talks|(?<!welcoming )(?<!welcome )ceremony|signing|meeting|meetings|dinner|lunch|luncheon)\b", re.I)
# "Next, Lula and Xi led an expanded meeting": the next meeting of the day, not more of the one before
_NEXT_OF_THE_DAY = re.compile(r"^\W*(?:Next|Afterwards|After that|Subsequently)\b,?[^.;]{0,60}?\b(?:held|led|chaired|hosted|had|joined)\s+"
                           r"(?:an?|the|their)\s+(?:[\w-]+ )?(?:meeting|session|talks|lunch|luncheon|dinner)\b", re.I)

# Role nouns that refer back to someone named ("the special envoy" -> the envoy in the article).
# (or with its verb: "Prime Minister then drove to the White House, where he was received by ...")
_BARE_TITLE = re.compile(r"\s*(?:(?:[Oo]n|[Ii]n|[Aa]t|Later|Earlier|Then|Afterwards)\b[^,;]{0,40},\s*){0,2}"
                         r"(?P<title>Prime Minister|President|Premier|Chancellor|Foreign Minister|External Affairs Minister)"
                         r"(?:\s+and\b|[’']s\s|\s+(?-i:[a-z])|\s*$)")
_ROLE_REFERENCES = {
    "envoy": ("envoy", "representative", "ambassador", "diplomat"),
    "representative": ("representative", "envoy", "ambassador"),
    "diplomat": ("ambassador", "envoy", "representative", "diplomat", "secretary of state", "foreign minister"),
    "ambassador": ("ambassador", "envoy"),
    "dignitary": ("envoy", "representative", "ambassador", "secretary", "minister", "president"),
    "guest": ("envoy", "representative", "ambassador", "secretary", "minister", "president"),
    "visitor": ("envoy", "representative", "ambassador", "secretary", "minister", "president"),
    # ("the Spanish leader": a head of government or state, and only with the country's adjective)
    "leader": ("president", "prime minister", "premier", "chancellor", "king", "emir", "general secretary", "leader"),
    "pope": ("pope", "pontiff"),
    "holy father": ("pope", "pontiff"),
    "holiness": ("pope", "pontiff", "patriarch", "dalai lama"),
    "pontiff": ("pope", "pontiff"),
    "premier": ("prime minister", "premier", "pm"),
    "prime minister": ("prime minister", "premier", "pm"),
    "army chief": ("army chief", "chief of army staff", "coas"),
    "foreign minister": ("foreign minister", "minister for foreign affairs", "fm"),
    "president": ("president",),
    "commander": ("commander",),
    "general": ("general", "gen"),
    "secretary": ("secretary",),
    "minister": ("minister",),
    "head": ("minister", "head", "chief", "president", "chairman", "director", "leader"),
}
_REFERENCE = re.compile(
    r"\b(?:(?:the|this)\s+(?:[\w-]+\s+){0,3}?|[Hh]is\s+(?=[Hh]oliness))"
    r"(?P<noun>holiness|envoy|representative|diplomat|ambassador|dignitary|guest|visitor|premier|prime minister|army chief|foreign minister|president|commander|general|secretary|minister|head|pope|pontiff|holy father|king|queen|emperor|empress|crown prince|emir|sultan|chancellor|cardinal|archbishop|leader)\b(?![\w-])"
    # "the Minister for Foreign Affairs": what the role is of tells ministers apart
    r"(?:\s+(?:for|of)\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?:and\s+)?(?-i:[A-Z])[\w-]+){0,3})?", re.I)


@dataclass
class Report:
    """One sentence's report of a meeting, before reports of the same meeting merge."""
    sentence: int
    span: tuple[int, int]
    kind: str  # event | joining | dating
    refers_back: bool = False  # "the meeting", "his talks": the meeting already reported
    about_the_meeting: bool = False  # "The meeting, which lasted 80 minutes, was attended by ...": its subject
    at_the_event: bool = False  # "X shook hands with Y at the end of the event": the event just told
    each_day: tuple = ()  # the days of "met twice, on May 16 ... and on June 2 ...", one meeting each
    told_before: bool = False  # "The Ministers met": the two the sentence before named, on its day
    other_of_the_day: bool = False  # "Earlier in the day, ...": not the meeting just told
    the_pair: bool = False  # "The two leaders then held talks": the people of the meeting just reported
    moved: bool = False  # "then travelled to Pristina, where they held talks": a new place, so a new meeting
    refers_to: set[str] = field(default_factory=set)  # people the sentence names or calls by role ("the prime minister")
    frame: bool = False  # "talks were held ...": a meeting whose people the next sentences name
    opens: bool = False  # "officials took part in the meeting": a frame, unless a meeting was just reported
    both_sides: bool = False  # "the Indian side was led by A and the Chinese side by B": a meeting of its own
    trigger_at: int = 0  # offset of the meeting verb in the body
    split_from: int | None = None  # the sentence that reported this and other meetings "separately"
    in_both: bool = False  # "X was in both meetings": joins the last two
    background: bool = False  # told in the past perfect: "had met in Doha last year"
    sideline: bool = False  # "on the sidelines of the meeting": another meeting, beside the one reported
    sequenced: bool = False  # "after he had held talks with X": before (or after) the meeting just reported
    subject: str | None = None  # who stands before the meeting verb, named or referred to ("the Special Envoy")
    recalled: bool = False  # told in someone's words ("X said that he had met Y"): not the day being reported
    participants: dict[str, str] = field(default_factory=dict)  # name -> role
    date: str | None = None
    precision: str | None = None
    date_text: str | None = None
    date_strength: int = -1
    place: Place | None = None
    place_rank: int = 0
    place_text: str | None = None
    venue: str | None = None


def _anchor(article: dict) -> date | None:
    value = article.get("dateline_date") or article.get("published")
    return date.fromisoformat(value) if value else None


def _by_sentence(mentions: list[dict]) -> dict[int, list[dict]]:
    found: dict[int, list[dict]] = {}
    for mention in mentions:
        if mention["kind"] != "attributive":
            found.setdefault(mention["sentence_index"], []).append(mention)
    return found


# The two short verb patterns need one of these words (in lower case): a substring test skips the
# sentences that have none (tests/test_meetings.py checks on every corpus that no match is lost). The
# long ones are `Alternation`s, which run only the alternatives whose start a sentence contains.
_NEEDED_WORDS = {
    _DISCUSSED: ("discussed", "reviewed", "exchanged views"),
    _HELD: ("was held", "were held", "held at", "held in", "held on"),
}


# "Earlier in the day, X addressed a business forum": another meeting of that day (but not one beside
# a larger one, as a private talk before a plenary is)
_OTHER_OF_THE_DAY = re.compile(r"^\W*(?:Earlier|Later) (?:in|that) (?:the )?(?:day|morning|afternoon|evening)\b")
_HOSTED_A_MEETING = re.compile(r"hosted (?:a|an|the) (?:[\w’'-]+ ){0,3}(?:meeting|talks|summit|dinner|lunch|luncheon|banquet|"
                               r"reception|breakfast)\b", re.I)
_AT_THE_EVENT = re.compile(r"\b(?:at|after|during|before) (?:the (?:end|close|start) of )?the (?:event|ceremony|signing|banquet|"
                           r"dinner|reception|summit)\b", re.I)
_BULLET_ITEM = re.compile(r"\s*[—–•*-]\s")
_THE_MEETING_OPENS = re.compile(r"\W*(?:The|This|That|Their|His|Her) (?:[\w-]+ )?(?:meeting|talks|session|summit)\b")


def _trigger(text: str, people: int, after: int = 0) -> tuple[str, re.Match] | None:
    """The first real meeting verb of a sentence (from `after` on), with its kind: event, hosting or joining."""
    lower = text.lower()[after:]
    if not (_EVENT.may_match(text) or _JOINING.may_match(text) or _HOSTING.may_match(text)
            or any(word in lower for words in _NEEDED_WORDS.values() for word in words)):
        return None
    joining = _first_real(_JOINING, text, lower, after=after)
    event = _first_real(_EVENT, text, lower, skip_also=True, after=after)
    if joining and (_JOINED_FOR.match(text, joining.start()) or _LED_TO_MEETING.match(text, joining.start())):
        return "event", joining  # "were then joined by X for a trilateral meeting": a meeting of its own
    if joining and event and event.start() < joining.start() and "signed" in event.group().lower() \
            and "presence of" in joining.group().lower() and re.match(r"\s*(?:the two|both|the|their)\s+(?-i:[a-z])", text[joining.end():]):
        # "The agreement was signed ... by X and Y in the presence of the two leaders": the signatories were
        # in the leaders' meeting
        return "joining", joining
    if joining and event and event.start() < joining.start() and re.search(r"(?:attended|witnessed) by$", event.group()) \
            and _THE_MEETING_OPENS.match(text):
        return "joining", joining  # "The meeting, which lasted ... session, was attended by X": the meeting just told
    if joining and (not event or joining.start() <= event.start() < joining.end()):
        hosting = _first_real(_HOSTING, text, lower, after=after)
        if hosting and hosting.start() < joining.start():
            return "hosting", hosting  # "X received Y and his accompanying delegation"
        later = hosting or event
        if later and later.start() > joining.end() and re.search(r",\s*where\b", text[joining.end():later.start()]):
            # "accompanied His Holiness ... to the Baghdad Palace, where the President received His Holiness"
            return ("hosting", hosting) if later is hosting else ("event", event)
        aside = re.search(r",\s*$", text[after:joining.start()]) and "," in text[joining.end():(later.start() if later else 0)]
        if (not text[after:joining.start()].strip(" \"“") or aside) and (hosting or event):
            # ("Merz, accompanied by Foreign Minister X, was received by President Y": the aside's verb is not the sentence's)
            # "Accompanied by X, Dr Ruto was taken round the base by Y": the clause the participle opens
            return ("hosting", hosting) if hosting and not (event and event.start() < hosting.start()) else ("event", event)
        return "joining", joining  # "... attended the meeting": the one just reported
    hosting = _first_real(_HOSTING, text, lower, after=after)
    if hosting and event and hosting.start() < event.start() \
            and (hosting.group().lower().endswith(" by") or re.search(r",\s*(?:and|then|who)\b", text[hosting.end():event.start()])):
        # "he was received in Cairo by Sisi and ... held talks with X", "X first took him for a walk in
        # the park, and the envoy then spent three hours with Y": the first one (the next comes after);
        # "Modi received Gabbard, who had met X that morning": the main clause's
        return "hosting", hosting
    if event:
        return "event", event
    if hosting:
        return "hosting", hosting
    discussed = _first_real(_DISCUSSED, text, lower, after=after) if people >= 2 else None
    if discussed and re.search(r"\band\b", text[:discussed.start()]):
        return "event", discussed
    held = _first_real(_HELD, text, lower, after=after)
    return ("frame", held) if held else None


_COMING = re.compile(r"[^.;]*?\b(?:in the (?:coming|next) (?:few )?(?:days|weeks|months)|next (?:week|month)|later this (?:week|month|year))\b", re.I)
_FUTURE_CLAUSE = re.compile(r"\b(?:will|would|expected to|scheduled to|due to|plans? to|planning to|set to|is to|are to|"
                            r"intends? to|hopes? to|wants? to|is likely to|are likely to)\b", re.I)
def _to_do(words: list[str]) -> bool:
    """"agreed to hold talks with", "invited him to": a purpose, not a meeting; but not "speaking to
    reporters after meeting"."""
    last = [w.lower() for w in words[-2:]]
    return bool(last) and (last[-1] == "to" or len(last) == 2 and last[0] == "to"
                           and last[1] in {"hold", "have", "pay", "attend", "sign", "chair", "co-chair", "host", "receive"})


# "was then driven to the presidential mansion to call on X": the purpose of a journey made
_MOVED_TO_DO = re.compile(r"\b(?:went|came|flew|drove|driven|travel+ed|headed|proceeded|returned|moved on|stopped (?:by|off|over|in))\b")
# "became the first EU foreign ministers to sit down with X": done, the first to do it
_FIRST_TO = re.compile(r"\b(?:the|became the|was the|were the)\s+(?:first|only|last|latest)\b[^,;]{0,80}?\bto\s*$", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:“”\"]| and | but | as | while | when | after | before ")


def _first_real(pattern: re.Pattern | Alternation, text: str, lower: str, skip_also: bool = False, after: int = 0) -> re.Match | None:
    """The first match of a meeting verb that the words before it do not make unreal; `lower` is
    the text from `after` on in lower case."""
    if pattern in _NEEDED_WORDS and not any(word in lower for word in _NEEDED_WORDS[pattern]):
        return None
    for match in pattern.finditer(text, after):
        # Only the clause's last words matter: a window before the verb is enough.
        segments = _CLAUSE_BREAK.split(text[max(0, match.start() - 120):match.start()])
        clause = segments[-1]
        if len(segments) > 1 and re.search(r"\b(?:before|after) (?:being )?$", text[max(0, match.start() - 20):match.start()]):
            clause = segments[-2] + " " + clause  # "he will address students before being received by": its tense
        if len(segments) > 1 and re.match(r"\s*(?:his|her|their|its|the|a|an)\s+(?:[\w-]+\s+){0,3}$", clause, re.I) \
                and _FUTURE_CLAUSE.search(segments[-2]):
            continue  # "is scheduled to hold talks with X later on Thursday, his first meeting with X since ...": its apposition
        words = clause.split()
        if _NOT_HAPPENED.search(" ".join(words[-4:])) or _FUTURE_CLAUSE.search(clause) \
                or re.search(r"\bto be \w+ by\b", " ".join(words[-6:])) \
                or _to_do(words) and not _MOVED_TO_DO.search(clause) and not _FIRST_TO.search(clause):
            continue  # ("is expected to travel to South Africa on Thursday for talks with ...": the whole clause)
        if _COMING.match(text, match.end(), match.end() + 90) and not re.match(r"(?:met|held|hosted|received)\b", match.group(), re.I):
            continue  # "agreed on a meeting between Putin and Trump in the coming days"
        if skip_also and words and words[-1].lower() == "also" and match.group().lower() == "attended":
            continue  # "also attended" adds people to a meeting: a joining verb
        if _URGED.match(text, match.end()) and match.group().lower().startswith(("call", "calls")):
            continue  # "called on China to use its influence": an appeal, not a visit
        if match.group().lower().startswith(("chaired by", "co-chaired by")) \
                and not _MEETING_NOUN.search(text[max(0, match.start() - 100):match.start()]):
            continue  # "IGAD, chaired by Djibouti's President": a body's chair, not a meeting's
        return match
    return None


def _role_of_side(kind: str, trigger: str, before: bool, visiting: bool) -> str:
    """visitor, host or attendee, where the text says so: 'X called on Y', 'Y received X'."""
    if kind == "joining":
        return "visitor" if "accompanied" in trigger.lower() else "attendee"
    if kind == "hosting":
        passive = trigger.lower().endswith(" by")
        return "host" if before != passive else "visitor"
    if re.match(r"(?:called|calls|call|paid)", trigger, re.I) or (visiting and re.match(r"(?:met|meets|held|holds)", trigger, re.I)):
        return "visitor" if before else "host"
    return "attendee"


def _role_initials(role: str) -> str:
    if role.startswith(_COUNTRY_MARK):
        return ""
    return "".join(w[0] for w in re.findall(r"[\w-]+", role) if w not in {"of", "the", "and", "for", "to", "on"})


def _by_acronym(text: str, people: dict[str, set[str]]) -> set[str]:
    """"the CDS", "the COAS": the one person whose role spells out that acronym."""
    found = set()
    # (or bare, opening a clause, as a ministry writes: "EAM had met Secretary Rubio")
    for match in re.finditer(r"\b(?:the|with)\s+([A-Z]{2,6})\b|(?:^\W*|[;,]\s+(?:and\s+)?)([A-Z]{3,6})\b(?=\s+[a-z])", text):
        word = (match[1] or match[2]).lower()
        acronym = re.compile(rf"\b{word}\b")
        # (written in the role, "Chief of Army Staff (COAS)", or its initials: "External Affairs Minister", EAM)
        fitting = [name for name, roles in people.items()
                   if any(acronym.search(role) or _role_initials(role) == word for role in roles)]
        if len(fitting) == 1:
            found.add(fitting[0])
    return found


def _resolve_reference(text_before: str, people: dict[str, set[str]], subject: str | None, fallback: str | None) -> str | None:
    """'the special envoy', 'the CDS' or 'he' before a meeting verb -> the person it refers to."""
    clause = re.split(r"[;:“”\"]", text_before)[-1]
    clause = re.sub(r"\bwhile\b[^,;]*,", " ", clause)  # "while the president was at the Diet, I had ...": elsewhere
    acronyms = _by_acronym(clause, people)
    if len(acronyms) == 1:
        return acronyms.pop()
    match = None
    for match in _REFERENCE.finditer(clause):
        pass
    bare = _BARE_TITLE.match(clause) if match is None else None
    if bare:
        # "Prime Minister and President Muizzu then held talks": a title without "the", as a government writes
        match = _REFERENCE.match("the " + bare["title"])
    if match:
        noun = match["noun"].lower()
        fitting = _fitting(match, people)
        if len(fitting) == 1:
            return fitting[0]
        if fitting:
            # Several fit: "the visiting minister" is the visitor the story follows; otherwise the one
            # the sentence before was about, then the one the story follows.
            order = (fallback, subject) if "visiting" in match.group().lower() else (subject, fallback)
            return next((person for person in order if person in fitting), None)
        return fallback if noun in {"dignitary", "guest", "visitor", "envoy", "diplomat"} else None
    if _PRONOUN.search(clause.strip()) or re.match(r"\s*(?:he|she)\b", clause, re.I) or _OPENS_WITH_PRONOUN.match(clause) \
            or _HIS_NEXT.match(clause):
        return subject or fallback
    return None


def _place_in(text: str, offset: int, knowledge: Knowledge, article: dict, after: int,
              names: tuple = ()) -> tuple[Place | None, int, str | None, str | None]:
    """(place, rank, phrase, venue) for a sentence: venues and 'in <city>' near the meeting verb win.
    `names` are the (start, end) offsets of the people the sentence names: never a place."""
    generic = None
    for start, end, venue in knowledge.gazetteer.find_venues(text, offset):
        if _ROLE_AFTER_VENUE.match(text, end - offset) or re.search(r"\b(?:of|by)(?: the)?\s*$", text[:start - offset]) \
                or _ROLE_BEFORE_VENUE.search(text[max(0, start - offset - 80):start - offset]) \
                or _SOURCE_AFTER_VENUE.match(text, end - offset):
            # "White House chief of staff Mick Mulvaney", "Chen Xiaodong of the Ministry of Foreign Affairs":
            # a job; "..., the State Department said", "the session trailed by the White House": who told of it
            continue
        city = venue
        if venue.generic:
            # "the Foreign Office in Islamabad" says where; else "in <city>" elsewhere in the clause, the
            # city of the visit being told (the caller knows it), the dateline's city, or the usual one.
            named = re.match(r"\s*(?:in|,)\s*(?P<place>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?)", text[end - offset:])
            city = named and _city(named["place"], knowledge)
            if not city:
                # Never the venue's usual city: every capital has a Foreign Office.
                visited = None if article.get("dateline_place") else _capital_visited(text, knowledge)
                if visited:
                    generic = generic or (visited, 1, f"{text[start - offset:end - offset]} (the capital of the country visited)",
                                          venue.name)
                generic = generic or (article.get("dateline_place"), 1 if article.get("dateline_place") else 0,
                                      f"{text[start - offset:end - offset]} (the article's city)", venue.name)
                continue
        return city, 3, text[start - offset:end - offset], venue.name
    best = None
    limit = _clause_end(text, after - offset)
    for match in _NATIONAL_SEAT.finditer(text):
        # "at the Angolan presidency", "at the Russian Foreign Ministry": in that country's capital
        capital = _capital_city(match["demonym"], knowledge) if match.start() < limit else None
        if capital:
            best = (capital, 2, match.group(), None)
    for match in _CITY_AFTER.finditer(text):
        phrase = match["place"] or match["city"] or match["town"] or match["label"] or match["cityof"] or match["whence"]
        at = offset + match.start(match.lastgroup or 0)
        if any(a <= at < b for a, b in names):
            continue  # "hosted ... Irfaan Ali": a name that is also a town's
        if match["place"] and _BUILDING_AFTER.match(text, match.end()):
            continue  # "at the Planalto palace": a building, whatever town bears its name
        place = _city(phrase, knowledge) or _capital(phrase, knowledge)
        if not place or match.start() >= limit:
            continue
        # Before the meeting verb only inside its own clause ("in Doha, the envoy met" is elsewhere),
        # or the clause it opens ("a stopover in Doha on Saturday, where the top diplomat met ...").
        between = text[match.end():after - offset] if match.start() + offset < after else ""
        if _TOPIC_BEFORE.search(text[:match.start()]):
            continue  # "negotiations over a second truce in Gaza": what they discussed, not where
        if _SINCE_ANY.search(text[max(0, match.start() - 60):match.start()]):
            continue  # "their first talks in two years since they met in Bali": an earlier meeting's place
        passive = re.match(r"(?:co-)?chaired by|(?:was|were) held\b", text[after - offset:])  # the meeting is the subject
        # ("On 3 May 2025, at the Government Palace, La Paz, Mr X ... led": where the opening words set the scene)
        # (or "Yesterday in Colombo, President X received Modi": the day, then the town)
        scene = re.fullmatch(r"\W*(?:On|In)\b[^,;]{0,40},\s*|\W*(?:Yesterday|Today|Earlier|Later|Then|Meanwhile|"
                             r"(?:On|Last|This|That) [A-Z]?[a-z]+(?: (?:morning|afternoon|evening|night))?)\s+", text[:match.start()])
        if match.start() + offset < after and re.search(r"[,;]", between) and not re.search(r",\s*where\b", between) \
                and not passive and not scene:
            continue
        rank = 3 if match.start() + offset >= after or match.group().split()[0].lower() in {"in", "at"} else 2
        # (the city a "where" clause holding the verb opens on wins over one named before it)
        opens_clause = match.end() + offset <= after and re.match(r",\s*where\b", text[match.end():]) \
            and not re.search(r"[,;]", text[match.end():after - offset].split("where", 1)[-1])
        if best is None or rank > best[1] or opens_clause:
            best = (place, 3 if opens_clause else rank, match.group(), None)
    opening = _IN_CITY_OPENING.match(text)
    if best is None and opening and _city(opening["place"], knowledge):
        best = (_city(opening["place"], knowledge), 2, opening.group().strip(" ,"), None)  # "In Hanoi, the two leaders ..."
    if best:
        return best
    if _HERE.search(text) and article.get("dateline_place"):
        return article["dateline_place"], 3, "here", None
    if generic and generic[0]:
        return generic
    for match in _IN_COUNTRY.finditer(text[:limit]):
        # "stayed on in Vietnam ... and held talks with Trong": a country and no city, so its capital
        # (rather than the dateline's city, which may be in another country)
        capital = _capital_city(match["country"], knowledge)
        home = article.get("dateline_place")
        if capital and not (home and home.country == capital.country):
            return capital, 1, f"{match.group()} (its capital)", None
    return generic or (None, 0, None, None)


# "visiting Japan", not "the visiting US delegation"
_NOT_A_DESTINATION = r"(?!\s+(?:delegation|team|officials?|envoys?|counterparts?|president|minister|side|troops|forces|leaders?|diplomats?|guests?))"
# "The Indian side ... was led by A, and the Chinese side by B": both sides, so a meeting of its own.
_TWO_SIDES = re.compile(r"\b(?:side|delegation|team)\b[^;]{0,120}?\b(?:led|headed) by\b[^;]{0,160}?\band the \w+ (?:side|delegation|team)\b")
# "Indian and Chinese military commanders met ...": a meeting whose people the next sentences name.
_GROUP_MET = re.compile(r"\b(?:commanders|delegations|sides|officials|ministers|leaders|negotiators|diplomats|envoys|"
                        r"representatives|delegates)\s+(?:\w+\s+)?$", re.I)
# "He met ...", "On Friday he met ...": the person the sentence before was about
_OPENS_WITH_PRONOUN = re.compile(r"\s*(?:(?:On|In|At|Later|Earlier|Then|Afterwards|Meanwhile)\b[^,.;]{0,30}?,?\s+)?(?:He|he|She|she)\b")
_SEVERAL_TIMES = re.compile(r"[^.;:]{0,40}?\b(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) times)\b", re.I)
_TOPIC_BEFORE = re.compile(r"\b(?:truce|ceasefire|cease-fire|war|conflict|crisis|situation|fighting|violence|peace|hostilities|"
                           r"offensive|hostages?|humanitarian|aid|elections?|refugees)\s*$", re.I)
_BULLET = re.compile(r"^[\s\-–—•*]+")
_CALLED_OFF = re.compile(r"\b(?:was|were|has been|had been) (?:later |then )?(?:cancel+ed|called off|postponed|scrapped|put off)\b", re.I)
_SAME_CITY = re.compile(r"\bin the same (?:city|town|capital)\b", re.I)
_ASIDE = re.compile(r",\s*(?:who|which)\b[^,;]*,")
# ("the State Department's top Middle East official": a job, not where the meeting was)
_ROLE_AFTER_VENUE = re.compile(r"(?:[’']s)?\s+(?:[\w-]+\s+){0,3}?(?:chief|spokes\w+|advis[eo]rs?|officials?|aides?|staff|counsel|"
                               r"correspondent|press secretary|envoy|lawyers?|diplomats?|negotiators?)\b", re.I)
# ("Michael Anton, director of policy planning at the US Department of State": where someone works)
_ROLE_BEFORE_VENUE = re.compile(r"\b(?:director|head|chief|official|officer|spokes\w+|advis[eo]r|secretary|envoy|ambassador|"
                                r"counsel|aide)\s+(?:of|for)\b[^,;.]{0,40}?\bat (?:the )?(?:[A-Z][\w.]* )?$", re.I)
_SOURCE_AFTER_VENUE = re.compile(r"\s*(?:said|says|told|announced|added|reported|confirmed|stated)\b")
_IN_COUNTRY = re.compile(r"\b(?:stay\w* (?:on )?in|(?:is|was|were|are) in|arrived in|visiting|visited|(?:visit|trip|travel\w*) to)"
                         rf"\s+(?:the\s+)?(?P<country>[A-Z][\w-]+(?: [A-Z][\w-]+){{0,2}}){_NOT_A_DESTINATION}")
_NATIONAL_SEAT = re.compile(r"\bat the (?P<demonym>[A-Z][a-z]+) (?:presidency|presidential palace|foreign ministry|"
                            r"ministry of foreign affairs|prime minister's office|royal palace|chancellery|parliament)\b", re.I)
_VISITING_COUNTRY = re.compile(r"\b(?:visiting|(?:visit|trip|travel\w*) to)\s+(?:the\s+)?(?P<country>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2})"
                               + _NOT_A_DESTINATION)


_BUILDING_AFTER = re.compile(r"\s+(?:(?:presidential|royal|official|imperial|government|state) )?"
                             r"(?:palace|house|hall|building|residence|guesthouse|hotel|complex|headquarters)\b", re.I)


def _capital_visited(text: str, knowledge: Knowledge) -> Place | None:
    """"..., who is visiting Japan, at the Prime Minister's Office": that office is in Japan's capital."""
    for match in _VISITING_COUNTRY.finditer(text):
        capital = _capital_city(match["country"], knowledge)
        if capital:
            return capital
    return None


def _capital_city(country_word: str, knowledge: Knowledge) -> Place | None:
    """"Japan", "Angolan", "Qatar's" -> the capital city's place."""
    country = lx.country_of(country_word) or knowledge.gazetteer.country(country_word)
    capital = knowledge.gazetteer.capital_of(country) if country else None
    return knowledge.gazetteer.city(capital) if capital else None


def _capital(phrase: str, knowledge: Knowledge) -> Place | None:
    """"Qatar's capital", "the Qatari capital": the country's capital city."""
    match = re.match(r"(?P<country>[A-Z][\w-]+)(?:[’']s)?\s+capital\b", phrase)
    return _capital_city(match["country"], knowledge) if match else None


# After the meeting verb, a relative clause about something else ends what dates and places the
# meeting: "met X at the Foreign Office, where they reviewed the decision announced last month".
_CLAUSE_AFTER = re.compile(r",\s*(?:where|which|who|after which|when|as|while|amid|including|from where|"
                           r"(?:a|an)\s+[^,;]{0,60}?\bwho)\b"
                           r"(?![^,]{0,60}\b(?:also present|also attended|present|joined(?! (?:a|the) (?:[\w-]+ )?(?:video|call|phone))|"
                           r"attended by|took part|participated)\b)"
                           # "met Merz at the Chancellery before the two joined a video call with Trump"
                           r"|\s(?:before|after) (?:the two|the pair|they|he|she) (?!met\b|held\b)"
                           # "has met Xi Jinping in Beijing, after holding the annual leaders' meeting with Li Qiang"
                           r"|,\s*(?:after|before) (?:holding|meeting|attending|hosting)\b"
                           # "met Yunus for the first time since Sheikh Hasina fled to India": another's deed
                           r"|\s(?:ever )?since (?:(?-i:[A-Z])[\w’'-]+ ){1,4}(?=(?-i:[a-z]+)\b)(?!met\b|held\b|had\b)")


# A clause of its own before the meeting verb: "..., and X had met Y", "...; X met Y".
_NEW_CLAUSE = re.compile(r";\s|,\s+(?:and|but|while|whereas)\s+(?!(?:then|later|also|again)\b)")


def _clause_start(text: str, trigger: int) -> int:
    starts = [m.end() for m in _NEW_CLAUSE.finditer(text, 0, trigger)]
    return starts[-1] if starts else 0


def _clause_end(text: str, trigger: int) -> int:
    """Where what the meeting verb governs ends: at a relative clause after it, or, when the verb
    itself sits in one ("X, who held talks in Muscat earlier this month, is expected to ..."), at its end."""
    opened = list(re.finditer(r",\s*(?:who|which)\b", text[:trigger]))
    if opened and "," not in text[opened[-1].end():trigger]:
        comma = text.find(",", trigger)
        return comma if comma >= 0 else len(text)
    match = _CLAUSE_AFTER.search(text, trigger + 1)  # (not the trigger's own ", where he urged")
    return match.start() if match else len(text)


_BUILDING_WORDS = lx.ORG_WORDS | {"palace", "house", "hall", "headquarters", "centre", "center", "building", "hotel",
                                   "residence", "villa", "complex", "guesthouse", "secretariat"}


_CALENDAR_WORDS = set(lx.MONTHS) | set(lx.WEEKDAYS)  # (abbreviations too: "in Sept")


def _bare(phrase: str) -> str:
    """"Paris.", "Qatar's" -> "Paris", "Qatar" (a possessive and punctuation off, never a final s)."""
    return re.sub(r"(?:[’']s)?[.,;:]*$", "", phrase.strip())


def _city(phrase: str, knowledge: Knowledge) -> Place | None:
    if _bare(phrase).lower() in _CALENDAR_WORDS:
        return None  # "in March", "on Monday": a time, though some town bears the name
    if re.search(r"\s+City$", _bare(phrase)):  # "Pasay City" (but "Quezon City" is a city's whole name)
        return knowledge.gazetteer.city(_bare(phrase)) or knowledge.gazetteer.city(re.sub(r"\s+City$", "", _bare(phrase)))
    words = phrase.split()
    if words and words[0].lower().strip(".,") in _BUILDING_WORDS:
        return None  # "at the University (of Science and Technology of Hanoi)": a building, whatever town bears its name
    if len(words) > 1 and any(w.lower().strip(".,") in _BUILDING_WORDS for w in words[1:]):
        # "the Federal Foreign Office", "Villa Borsig", "the Palais Coburg" (in Vienna): a building whose
        # name holds a town's; but a capital inside it says where it is ("the Kabul Serena Hotel").
        inside = [knowledge.gazetteer.city(_bare(w)) for w in words if _bare(w) in knowledge.gazetteer.capitals_by_name]
        inside = [p for p in inside if p]
        return knowledge.gazetteer.city(_bare(phrase)) or (inside[0] if len(inside) == 1 else None)
    for size in range(len(words), 0, -1):
        if size < len(words) and not _ends_place_name(words[size], knowledge):
            continue  # "Central Java", "West Bengal": a longer name that is not the town it starts with
        place = knowledge.gazetteer.city(_bare(" ".join(words[:size])))
        if place:
            return place
    return None


def _ends_place_name(word: str, knowledge: Knowledge) -> bool:
    """Whether a capitalised word after a town's name starts something else ("in Beijing Thursday",
    "in Islamabad Pakistan's army chief", "Washington DC") rather than continuing the name."""
    bare = _bare(word)
    return bare.lower() in _CALENDAR_WORDS or lx.is_title(bare) or bool(lx.country_of(bare)) \
        or bool(knowledge.gazetteer.country(bare)) or bool(re.fullmatch(r"[A-Z.]{2,5}", bare)) or not bare[:1].isupper()


def _date_of(text: str, offset: int, trigger_at: int, anchor: date | None, skip: int = 0,
             whole: bool = False) -> tuple[TimeExpression, tuple[str, str] | None] | None:
    limit = offset + (len(text) if whole else _clause_end(text, trigger_at - offset))
    # "Wang, who arrived late on Thursday ..., first called on Doval": the arrival's day, not the call's
    asides = [(offset + m.start(), offset + m.end()) for m in _ASIDE.finditer(text) if offset + m.end() <= trigger_at]
    # ("... in the premier's first visit since taking office in March last year": another event's date)
    expressions = [e for e in find_expressions(text, offset) if skip <= e.start < limit
                   and not any(a <= e.start < b for a, b in asides)
                   and not _SINCE.search(text[max(0, e.start - offset - 50):e.start - offset])
                   and not (e.start > trigger_at and _another_meetings_date(text, e, offset))]
    if not expressions:
        return None
    # The strongest expression nearest the meeting verb; ties go to the one after it. A date that
    # only says when something was reported ("the group said on Saturday") counts for less.
    best = min(expressions, key=lambda e: (-_strength(e, text, offset), abs(e.start - trigger_at) + (0 if e.start >= trigger_at else 5)))
    return best, resolve(best, anchor)


_HOSTED_THING = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:ceremony|swearing-in|inauguration|funeral|wedding|meeting|talks|summit|"
                           r"residence|office|palace|house|home|dinner|lunch|luncheon|reception|banquet|birthday|celebration|"
                           r"honou?r)\b", re.I)  # ("hosted a lunch in Mr Albanese's honour": the guest)


def _is_heading(body: str, start: int, end: int) -> bool:
    """A line of its own, short and without a full stop: a heading over the text that tells the news."""
    text = body[start:end].strip()
    return (start == 0 or body[start - 1] == "\n") and (end >= len(body) or body[end:end + 1] == "\n") \
        and len(text.split()) <= 15 and not re.search(r"[.!?:;][\"'”’)]*$", text)


_THAT_DAY = re.compile(r"\b(?:that|the same|that same|later that|(?:later )?in the(?= (?:afternoon|evening))) (?:afternoon|morning|evening|night|day|"
                       r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", re.I)


def _same_weekday(that_day: re.Match, day: str) -> bool:
    """"That same Monday" after "on 17 March" (a Monday): that day; any other "that afternoon" too."""
    return not that_day["weekday"] or date.fromisoformat(day).strftime("%A").lower() == that_day["weekday"].lower()


def _another_meetings_date(text: str, expression: TimeExpression, offset: int) -> bool:
    """"six months after their Feb. 28 meeting there": the day of another meeting, named by it."""
    return bool(re.search(r"\b(?:their|the|his|her|its|that)\s+$", text[max(0, expression.start - offset - 12):expression.start - offset])
                and re.match(r"\s*(?:[\w-]+\s+)?(?:meeting|talks|summit|clash|visit|encounter|session)\b", text[expression.end - offset:]))


_REPORTING = re.compile(r"\b(?:said|says|told|announced|reported|added|stated|confirmed|statement)\s*(?:\w+\s+)?$", re.I)


def _strength(expression: TimeExpression, text: str, offset: int) -> int:
    before = text[max(0, expression.start - offset - 30):expression.start - offset]
    return expression.strength - 1 if _REPORTING.search(before) and expression.strength == 2 else expression.strength


@dataclass
class _Reading:
    """What the sentences read so far say about the article, for the sentences that follow."""
    visit: dict | None = None  # date and place of the last visit or arrival sentence
    date: tuple | None = None  # (date, precision, text, strength) of the last sentence with a day date
    date_at: int = -1  # (that sentence)
    meeting_date: tuple | None = None  # the same, of the last meeting reported
    meeting_date_at: int = -1  # the sentence that gave it
    speaker: str | None = None  # who speaks in a transcript ("Cardinal Parolin: ..."): "I" in what follows
    lead_date: tuple | None = None  # the day the article's first sentences give: the day of its news
    subject: str | None = None  # the person the last sentence was about
    list_subject: str | None = None  # whose programme the items under a heading ending in ":" are
    meeting_subject: str | None = None  # the subject of the last meeting reported
    visitor: str | None = None  # the last visitor of a meeting
    visitors: list = field(default_factory=list)  # every visitor of the last meeting with visitors
    pair: tuple = ()  # the two principals of the last meeting of two sides ("the two leaders")
    group: tuple = ()  # everyone at the last meeting ("the three men")
    group_at: int = -99  # the sentence that reported that meeting
    last_named: tuple = ()  # the people the last sentence that named anyone named
    stamp: str | None = None  # the live-blog entry being read ("live-blog entry 19:05")
    place: tuple | None = None  # (place, phrase) of the last meeting the text placed: "in the same city"
    heading: tuple | None = None  # a day's heading over a readout's entries ("Monday 10 July")
    introduced: dict = field(default_factory=dict)  # name -> where the article first names them
    sentences_read: int = 0
    talks_date: tuple | None = None  # (date, sentence) of talks a sentence dates without naming anyone


def extract_meetings(body: str, sentences: list[tuple[int, int]], mentions: list[dict], article: dict,
                     knowledge: Knowledge) -> list[dict]:
    anchor = _anchor(article)
    people_roles, protagonist = _people_roles(mentions, knowledge)
    introduced = {}  # name -> where the article first names them: a role refers back, never ahead
    for mention in mentions:
        introduced.setdefault(mention["name"], mention["char_start"])
    in_sentence = _by_sentence(mentions)
    reading = _Reading(introduced=introduced)
    interviewee = _interviewee(body, mentions)
    reports: list[Report] = []
    for index, (start, end) in enumerate(sentences):
        text = body[start:end]
        named = in_sentence.get(index, [])
        if interviewee and _QUESTION.match(text):
            reading.speaker = None  # the interviewer asks
        elif interviewee and _ANSWER.match(text):
            reading.speaker = interviewee  # "A: ... I had a working meeting with Foreign Minister X": who answers
        elif label := _LABEL.match(text):
            # "Cardinal Parolin: ...", "LAMOLA: On Tuesday I met ...", "Vatican News: ...": who speaks from here on
            reading.speaker = _label_speaker(text[:label.end()], start, named, introduced)
        if reading.heading and reading.heading[2].startswith(("—", "–", "•", "*", "-")) and not _same_paragraph(body, start):
            reading.heading = None  # a newsletter's item heads its own paragraph only
        if reading.heading and reading.heading[2].endswith(":") and not _same_paragraph(body, start) and not _BULLET_ITEM.match(text):
            reading.heading = None  # "His programme on 28 March was packed:" heads the items under it only
        found = _reports(index, start, end, body, named, reading,
                     {n: r for n, r in people_roles.items() if introduced.get(n, 0) < end}, protagonist, anchor, knowledge, article)
        found += _dating(index, start, end, body, anchor)
        for report in found:
            reports.append(report)
            reading.visitor = next((n for n, r in report.participants.items() if r == "visitor"), reading.visitor)
            visitors = [n for n, r in report.participants.items() if r == "visitor"]
            if visitors and report.kind == "event":
                reading.visitors = visitors
            elif report.kind == "joining" and _MEMBERS.search(text):
                reading.visitors = list(report.participants)  # "The delegation was led by X and included Y"
            if report.date and report.precision == "day" and report.date_strength >= 2 and not report.background \
                    and not report.recalled:
                reading.meeting_date = (report.date, report.precision, report.date_text, report.date_strength)
                reading.meeting_date_at = index
            if report.place is not None and report.place_rank >= 2:
                reading.place = (report.place, report.place_text)
            principals = [n for n, r in report.participants.items() if r in {"visitor", "host"}]
            hosts = [n for n, r in report.participants.items() if r == "host"]
            if report.kind == "event" and len(principals) == 2:
                reading.pair = tuple(principals)
            elif report.kind == "event" and len(hosts) == 1 and visitors:
                reading.pair = (hosts[0], visitors[0])  # "X received Y, with Y's wife at his side": the host and the guest
            if report.kind == "event" and len(report.participants) >= 2 and not report.background:
                reading.group, reading.group_at = tuple(report.participants), index
        _read_on(reading, text, start, named, anchor, knowledge, article, same_paragraph=_same_paragraph(body, start))
        if not found and not _OPENS_WITH_PRONOUN.match(text) and not any(m["char_start"] - start < 80 for m in named):
            # "In his speech, the Emperor noted ...": the one person the role names is who the next "he" is
            called = _referred_by_role(text[:80], {n: r for n, r in people_roles.items() if reading.introduced.get(n, 0) < start})
            if len(called) == 1:
                reading.subject = called.pop()
        reading.meeting_subject = next((r.subject for r in found if r.kind == "event" and r.subject and not r.background),
                                       reading.meeting_subject)
        subjects = [r.subject for r in found if r.subject]
        if subjects:
            reading.subject = subjects[0]  # the meeting's subject, not the first name the sentence gives
    rows = [_meeting_row(m, body, sentences, article) for m in _merge(reports, article, knowledge)]
    return _same_day_same_place(rows)


def _same_day_same_place(rows: list[dict]) -> list[dict]:
    """A meeting placed only by the dateline or by a venue found in every capital ("the Ministry of
    Foreign Affairs") happened where the same traveller's other meetings of those days did: a press
    release's "also called on the Foreign Minister", the second day of a visit abroad."""
    def firm(row: dict) -> bool:
        source = row["place_source"] or ""
        return bool(row["place"]) and source.startswith(("text", "the article's meeting")) and not source.endswith("city)")

    for _ in range(2):  # a meeting placed this way can place the next one
        for row in rows:
            if firm(row) or not row["date"]:
                continue
            people = set(row["participants"])
            # Another day only for a meeting nothing placed, or placed at a venue every capital has: one
            # placed by the dateline the day before a trip may well have been at home.
            loose = row["place"] is None or (row["place_source"] or "").endswith("city)")
            near = [r for r in rows if firm(r) and r["date"] and set(r["participants"]) & people
                    and (r["date"] == row["date"] or loose and len(r["date"]) == len(row["date"]) == 10
                         and abs(_days(r["date"], row["date"])) <= 3)]
            guessed = (row["place_source"] or "").startswith(("first sentence", "headline"))  # weaker than a dateline
            if near and len({r["place"] for r in near}) == 1 and (row["place"] is None or row["country"] != near[0]["country"]
                                                                  or guessed and row["place"] != near[0]["place"]):
                row.update({key: near[0][key] for key in ("place", "country", "latitude", "longitude")})
                row["place_source"] = f"the article's meeting of {near[0]['date']} ({near[0]['place_source']})"
    return rows


def _days(a: str, b: str) -> int:
    return (date.fromisoformat(a) - date.fromisoformat(b)).days


def _remote(text: str) -> bool:
    """Done by phone, video or letter (substring tests first: most sentences mention none)."""
    lower = text.lower()
    return any(w in lower for w in ("phone", "video", "virtual", "online", "zoom", "letter", "wrote", "call", "dial",
                                    "spoke")) and bool(_REMOTE.search(text))


_MEETING_DATED = re.compile(r"\b(?:the|their|this|that) (?:meeting|talks|visit) (?:took place|was held|were held|happened|came)\b"
                            # "The meeting in the Oval Office on Wednesday took an unexpected turn"
                            r"|^\W*(?:the|their|this|that) (?:meeting|talks)(?: (?:in|at) (?:the )?[A-Z][\w’' -]{1,40}?)?(?= on\b)", re.I)


def _dating(index, start, end, body, anchor) -> list[Report]:
    """"... said that the meeting took place on Friday evening": the date of the meeting just reported."""
    text = body[start:end]
    match = _MEETING_DATED.search(text)
    if not match:
        return []
    # "took place on Friday evening", not "took place following the incident of 17 June"
    days = [e for e in find_expressions(text, start) if e.start >= start + match.end() and e.strength == 2
            and len(body[start + match.end():e.start].split()) <= 3]
    resolved = resolve(days[0], anchor) if days else None
    if not resolved:
        return []
    return [Report(index, (start, end), "dating", date=resolved[0], precision=resolved[1], date_text=days[0].text,
                   date_strength=3)]


def _people_roles(mentions: list[dict], knowledge: Knowledge) -> tuple[dict[str, set[str]], str | None]:
    """Every role each person is given in the article, and the person named most."""
    roles: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    for m in mentions:
        if m["kind"] == "attributive":
            continue
        counts[m["name"]] = counts.get(m["name"], 0) + 1
        found = roles.setdefault(m["name"], set())
        found.update(value.lower() for value in (m["title"], m["role"]) if value)
        if m.get("country"):
            found.add(f"{_COUNTRY_MARK}{m['country'].lower()}")  # (for "the Russian president": not the American one)
        entry = knowledge.registry.entry(m["name"])
        if entry and entry.get("title"):
            found.add(entry["title"].lower())
        if entry and entry.get("country"):
            found.add(f"{_COUNTRY_MARK}{entry['country'].lower()}")
    protagonist = max(sorted(counts), key=lambda n: counts[n]) if counts else None
    return roles, protagonist


def _reports(index, start, end, body, named, reading, people_roles, protagonist, anchor, knowledge, article) -> list[Report]:
    """The meeting one sentence reports, if any, with its people, date and place; several when the
    sentence says so ("called on the prime minister and the army chief in separate meetings")."""
    report = _report(index, start, end, body, named, reading, people_roles, protagonist, anchor, knowledge, article)
    if report is None or not (report.participants or report.frame or report.opens):
        return []
    if _SEPARATE.search(body[start:end]) and report.kind == "event":
        # "met President Ghani and Abdullah Abdullah separately": one meeting with each of the people met.
        trigger = report.trigger_at
        met = [n for n in dict.fromkeys(m["name"] for m in named if m["char_start"] > trigger) if n in report.participants]
        if len(met) >= 2:
            return [replace(report, participants={n: r for n, r in report.participants.items() if n not in met or n == one},
                            split_from=index)
                    for one in met]
    apart = _each_in_own_city(report, body, named, knowledge) or _received_by_each(report, body, named, anchor, knowledge, article)
    if apart:
        return apart
    if report.each_day:
        days = [(resolve(e, anchor), e.text) for e in report.each_day]
        return [replace(report, date=day[0], precision=day[1], date_text=text, date_strength=2, each_day=(),
                        split_from=index) for day, text in days if day]
    found = _while_clause(report, body, named, people_roles) or _second_meeting(report, body, named, anchor, knowledge, article) \
        or _chained(report, body, named, knowledge, article) or [report]
    found += _relative_meeting(found[-1], body, named, anchor)
    return found + _again(found[-1], body, anchor)


_WHO_HAD = re.compile(r",\s+who\s+(?:(?:had|has|have|also|earlier|already|just|separately)\s+)*(?=\w)")


def _relative_meeting(report: Report, body: str, named: list[dict], anchor) -> list[Report]:
    """"Modi also received Tulsi Gabbard, who had met Defence Minister Rajnath Singh that morning": a
    meeting of the one "who" stands for, when the clause dates it ("that morning": the same day)."""
    start, end = report.span
    text = body[start:end]
    for who in _WHO_HAD.finditer(text, report.trigger_at - start):
        verb = _EVENT.match(text, who.end())
        antecedent = max((m for m in named if m["char_end"] <= start + who.start()), key=lambda m: m["char_start"], default=None)
        if not verb or antecedent is None or antecedent["name"] not in report.participants:
            continue
        stop = _CLAUSE_AFTER.search(text, verb.end())
        stop = stop.start() if stop else len(text)
        met = [m["name"] for m in named if start + verb.end() <= m["char_start"] < start + stop and m["name"] != antecedent["name"]]
        that_day = _THAT_DAY.search(text, verb.end(), stop)
        own = [e for e in find_expressions(text[verb.end():stop], start + verb.end()) if e.strength == 2]
        if not met or not (that_day and not that_day["weekday"] and report.date) and not own:
            continue  # (undated: it may be long before)
        second = replace(report, participants={antecedent["name"]: "attendee", **{n: "attendee" for n in met}},
                         trigger_at=start + verb.start(), split_from=report.sentence, background=False)
        if that_day and not that_day["weekday"] and report.date:
            second.date_text = f"{that_day.group()} ({report.date_text})"
        elif resolved := resolve(own[0], anchor):
            second.date, second.precision, second.date_text, second.date_strength = *resolved, own[0].text, own[0].strength
        else:
            continue
        return [second]
    return []


_RECEIVED_BY_OPENING = re.compile(r"^\W*(?:Received|Welcomed|Hosted|Greeted) by\b(?P<hosts>[^;]+?),\s+(?=(?-i:[A-Z]))")


def _received_by_each(report: Report, body: str, named: list[dict], anchor, knowledge: Knowledge, article: dict) -> list[Report]:
    """"Received by Emperor X at the Imperial Palace on 25 March and by Prime Minister Y at the Kantei on
    26 March, Lula was ...": the one named after the participle's clause met each host, on each one's day."""
    start, end = report.span
    text = body[start:end]
    opening = _RECEIVED_BY_OPENING.match(text)
    if not opening:
        return []
    guest = next((m["name"] for m in named if m["char_start"] >= start + opening.end()), None)
    if guest is None:
        return []
    found, at = [], start + opening.start("hosts")
    for part in re.split(r"\s+and by\s+", opening["hosts"]):
        at = body.index(part, at)
        hosts = [m["name"] for m in named if at <= m["char_start"] < at + len(part)]
        if not hosts:
            return []
        one = replace(report, participants={guest: "visitor", **{h: "host" for h in hosts}}, split_from=report.sentence)
        days = [e for e in find_expressions(part, at) if e.strength >= 1]
        if days and (resolved := resolve(days[0], anchor)):
            one.date, one.precision, one.date_text, one.date_strength = *resolved, days[0].text, days[0].strength
        place = _place_in(part, at, knowledge, article, at, tuple((m["char_start"], m["char_end"]) for m in named))
        if place[0] is not None:
            one.place, one.place_rank, one.place_text, one.venue = place
        found.append(one)
        at += len(part)
    return found


def _each_in_own_city(report: Report, body: str, named: list[dict], knowledge: Knowledge) -> list[Report]:
    """"visited President X in Tallinn and Prime Minister Y in Vilnius": one meeting with each, each in
    its own city."""
    start, end = report.span
    if report.kind != "event":
        return []
    met = {}
    for mention in named:
        if mention["char_start"] <= report.trigger_at or mention["name"] not in report.participants:
            continue
        where = re.match(r"\s+in\s+(?P<city>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?)", body[mention["char_end"]:end])
        place = where and _city(where["city"], knowledge)
        if not place:
            return []
        met.setdefault(mention["name"], (place, where.group().strip()))
    hosts = {place.name for place, _ in met.values()}
    visitors = {n: r for n, r in report.participants.items() if n not in met}
    if len(met) < 2 or len(hosts) < 2 or not visitors:
        return []
    return [replace(report, participants={**visitors, name: report.participants[name]}, place=place, place_rank=3,
                    place_text=phrase, venue=None, split_from=report.sentence)
            for name, (place, phrase) in met.items()]


def _again(report: Report, body: str, anchor) -> list[Report]:
    """"received the US envoy in Moscow on February 11, ..., and again on March 13": the same people
    another day."""
    start, end = report.span
    text = body[start:end]
    again = re.search(r"\band again (?:on|in)\s", text[report.trigger_at - start:])
    if not again or report.kind == "joining" or report.date is None:
        return []
    low, high = report.trigger_at + again.start(), report.trigger_at + again.end()
    days = [e for e in find_expressions(body[start:end], start) if low <= e.start <= high and e.strength == 2]
    resolved = resolve(days[0], anchor) if days else None
    if not resolved or resolved[0] == report.date:
        return []
    return [replace(report, date=resolved[0], precision=resolved[1], date_text=days[0].text, split_from=report.sentence)]


_WHILE = re.compile(r"(?:^\W*|[-–—:]\s+)(?:While|Whereas)\b[^,;]{5,160},")  # (after a dateline too)


def _while_clause(report: Report, body: str, named: list[dict], people_roles: dict) -> list[Report]:
    """"While Macron met Premier Li Qiang in the afternoon, von der Leyen held her own meeting with the
    Chinese premier": two meetings, one in each clause."""
    start, end = report.span
    text = body[start:end]
    opening = _WHILE.search(text, 0, 120)
    if not opening or report.kind != "event" or not _trigger(text[opening.end():], 1):
        return []
    cut = start + opening.end()
    one = {m["name"] for m in named if m["char_start"] < cut}
    two = {m["name"] for m in named if m["char_start"] >= cut} | _referred_by_role(text[opening.end():], people_roles)
    if len(one) < 2 or len(two) < 2:
        return []
    return [replace(report, participants={n: report.participants.get(n, "attendee") for n in sorted(group)},
                    split_from=report.sentence) for group in (one, two)]


def _second_meeting(report: Report, body: str, named: list[dict], anchor, knowledge: Knowledge, article: dict) -> list[Report]:
    """"Atmar met Jaishankar at Hyderabad House, and later on Tuesday called on Ajit Doval": two meetings.
    The people after the second verb met the subject separately; the rest of the report is shared."""
    start, end = report.span
    text = body[start:end]
    verbs = [m for m in _EVENT.finditer(text) if m.start() > 0]
    for first, second in zip(verbs, verbs[1:]):
        separator = _NEXT_MEETING.search(text[first.end():second.start()]) or _APART_IN_TIME.search(text, first.end(), second.start())
        if not separator:
            continue
        cut = start + second.start()
        if separator.re is _APART_IN_TIME:
            # "X visited Y in late December, days after a delegation led by Z met Y on Dec. 20": each its own
            # people and date
            at = start + separator.start()
            earlier = {m["name"] for m in named if m["char_start"] < at}
            later = {m["name"] for m in named if m["char_start"] >= at}
            if second.group().lower().startswith("their"):
                later |= earlier  # ", six months after their Feb. 28 meeting": the same two, another day
            if len(later) < 2 or len(earlier) < 2:
                continue
            one = replace(report, participants={n: r for n, r in report.participants.items() if n in earlier})
            two = replace(report, participants={n: r for n, r in report.participants.items() if n in later})
            own = [e for e in find_expressions(text[:separator.start()], start) if e.strength >= 1]
            if own and (resolved := resolve(max(own, key=lambda e: (e.strength, e.start)), anchor)):
                one.date, one.precision = resolved
                one.date_text, one.date_strength = max(own, key=lambda e: (e.strength, e.start)).text, max(e.strength for e in own)
        elif separator.group().startswith(","):
            # "A and B met in Vilnius in July, and C went to Ankara in September to see D": a subject of its own
            at = start + first.end() + separator.start()
            earlier = {m["name"] for m in named if m["char_start"] < at}
            later = {m["name"] for m in named if m["char_start"] >= at}
            if len(later) < 2 or len(earlier) < 2:
                continue
            one = replace(report, participants={n: r for n, r in report.participants.items() if n in earlier})
            two = replace(report, participants={n: r for n, r in report.participants.items() if n in later})
            place = _place_in(text, start, knowledge, article, cut, tuple((m["char_start"], m["char_end"]) for m in named))
            if place[0] is not None:
                two.place, two.place_rank, two.place_text, two.venue = place
        else:
            before = {m["name"] for m in named if m["char_start"] < start + first.start()}
            later = {m["name"] for m in named if m["char_start"] >= cut} - before
            earlier = {m["name"] for m in named if start + first.end() <= m["char_start"] < cut} - before
            if not later or not earlier:
                continue
            one = replace(report, participants={n: r for n, r in report.participants.items() if n not in later})
            two = replace(report, participants={n: r for n, r in report.participants.items() if n not in earlier})
            # (its own place when the words after the first verb give one: "had lunch with Macron at the
            # Élysée, then flew to London for talks with Starmer")
            place = _place_in(text[first.end():], start + first.end(), knowledge, article, cut,
                              tuple((m["char_start"], m["char_end"]) for m in named))
            if place[0] is not None and place[1] >= 2 and place[0] != report.place:
                two.place, two.place_rank, two.place_text, two.venue = place
        # its own day: after the words that part the two ("..., and on Friday met B") and before another
        # clause ("... for the first time since Hasina fled to India last August")
        parted = separator.start() if separator.re is _APART_IN_TIME else first.end() + separator.start()
        own = [e for e in find_expressions(text[parted:], start + parted) if e.strength >= 1
               and e.start < start + _clause_end(text, second.start())]
        shifted = _DAYS_APART.search(text, second.end(), _clause_end(text, second.start()))
        if own and (resolved := resolve(own[0], anchor)):
            two.date, two.precision = resolved
            two.date_text, two.date_strength = own[0].text, own[0].strength
        elif shifted and one.date and one.precision == "day" and not re.match(r"(?:after|before)\b", shifted["way"] or shifted["way3"] or "", re.I):
            # "..., and he called on Murmu the next day": a day after the first
            two.date = (date.fromisoformat(one.date) + timedelta(days=_days_shifted(shifted))).isoformat()
            two.precision, two.date_text, two.date_strength = "day", f"{shifted.group()} ({one.date_text})", one.date_strength
        return [one, two]
    return []


# Between two meeting verbs of one sentence, what makes the second another meeting: a journey or a
# new clause about the same subject ("was received in Cairo by X and flew on to Doha, where he held
# talks with Y and was received by Z").
_CHAIN = re.compile(r"\b(?:flew|travel+ed|went|moved|drove|headed|continued) on\b|\b(?:flew|travel+ed|went|headed) to\b"
                    r"|,\s*where\s+(?:he|she|they)\b|\band (?:then |later )?$", re.I)


def _chained(report: Report, body: str, named: list[dict], knowledge, article) -> list[Report]:
    """One sentence, one subject, several meetings in a row: one report each, with the subject, the
    people after its own verb and the place its own words give."""
    start, end = report.span
    text = body[start:end]
    verbs = sorted([m for m in _EVENT.finditer(text)] + [m for m in _HOSTING.finditer(text)], key=lambda m: m.start())
    verbs = [v for i, v in enumerate(verbs) if i == 0 or v.start() >= verbs[i - 1].end()]
    cuts = [0] + [second.start() for first, second in zip(verbs, verbs[1:]) if _CHAIN.search(text[first.end():second.start()])]
    if len(cuts) < 2 or report.subject is None:
        return []
    reports = []
    ends = {second.start(): first.end() for first, second in zip(verbs, verbs[1:])}
    for i, cut in enumerate(cuts):
        stop = cuts[i + 1] if i + 1 < len(cuts) else len(text)
        inside = {m["name"] for m in named if start + cut <= m["char_start"] < start + stop} - {report.subject}
        if not inside:
            return []
        people = {report.subject: report.participants.get(report.subject, "attendee")}
        people.update({n: report.participants.get(n, "attendee") for n in sorted(inside)})
        part = replace(report, participants=people)
        if i:
            # its place from the journey before its verb ("flew on to Doha ..., where"), else the last one's
            since = ends.get(cut, cut)
            place, rank, phrase, venue = _place_in(text[since:stop], start + since, knowledge, article, start + cut,
                                                   tuple((m["char_start"], m["char_end"]) for m in named))
            previous = reports[-1]
            part.place, part.place_rank, part.place_text, part.venue = (place, rank, phrase, venue) if place is not None \
                else (previous.place, previous.place_rank, previous.place_text, previous.venue)
        reports.append(part)
    return reports


def _a_person_next(body: str, at: int, named: list[dict]) -> bool:
    """Whether a person's name comes next, maybe after a title ("visited President Emmanuel Macron")."""
    following = [m["char_start"] for m in named if m["char_start"] >= at]
    return bool(following) and bool(re.fullmatch(r"\s+(?:(?:the|his|her)\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}", body[at:min(following)]))


def _report(index, start, end, body, named, reading, people_roles, protagonist, anchor, knowledge, article,
            after: int = 0, placed_at: int | None = None, arrival: bool = False) -> Report | None:
    text = body[start:end]
    if _is_heading(body, start, end):
        return None  # "Zelenskyy says talks with Ramaphosa were 'very important'": the entry under it tells
    if text.rstrip().endswith("?") or re.match(r"\W*(?:What|Why|How|Who|Where|When)\b[^.!]*$", text.strip()):
        return None  # "Can you give us more details on the talks between X and Y?": a question reports nothing
    found = _trigger(text, len(named), after)
    if not found:
        return None
    kind, match = found
    if match.group().lower() in {"visited", "visits", "saw"} and not _a_person_next(body, start + match.end(), named):
        # "visited Islamabad on Monday and met X": a place visited; the meeting is told later in the sentence
        return _report(index, start, end, body, named, reading, people_roles, protagonist, anchor, knowledge, article,
                       after=match.end(), placed_at=placed_at, arrival=arrival)
    if arrival and kind == "hosting" and re.search(r"welcom|greet", match.group(), re.I):
        # "X was welcomed at the airport by A, while Y was welcomed by B": the same arrival, told twice
        return _report(index, start, end, body, named, reading, people_roles, protagonist, anchor, knowledge, article,
                       after=match.end(), placed_at=placed_at, arrival=True)
    clause_start = _clause_start(text, match.start())
    if _remote(text[clause_start:_clause_end(text, match.start())]):
        # By phone, video or letter (a call told in another clause is another matter: "had last spoken on the
        # phone on 27 January, and EAM had met Secretary Rubio here on 21 January")
        return None
    several = _SEVERAL_TIMES.match(text, match.end())
    listed = [e for e in find_expressions(text[several.end():], start + several.end()) if e.strength == 2] if several else []
    if several and len(listed) < 2:
        return None  # "met Mr Kim three times last year": a count of meetings, not one of them
    if _CALLED_OFF.search(text, match.end()):
        return None  # "A meeting between X and Y, which had been planned for Wednesday, was cancelled"
    # (the words before the verb back to an "and" that starts another clause: "..., where he was greeted
    # on the tarmac by X, and was then driven to the presidential mansion to call on Y")
    window = text[max(0, match.start() - 100, text.rfind(" and ", 0, match.start())):_clause_end(text, match.start())]
    if _AIRPORT.search(window) and _WELCOMED.search(window):
        # "was received at Jomo Kenyatta International Airport by ...": a welcome on arrival; a meeting
        # verb after it may still tell of a meeting ("..., and was then driven to the palace to call on X")
        return _report(index, start, end, body, named, reading, people_roles, protagonist, anchor, knowledge, article,
                       after=match.end(), placed_at=placed_at, arrival=True)
    trigger_at = start + match.start()
    remote_before = start + clause_start if clause_start and _remote(text[:clause_start]) else start
    report = Report(index, (start, end), "joining" if kind == "joining" else "event",
                    refers_back=bool(_REFERENCE_TO_MEETING.search(text)), about_the_meeting=bool(_THE_MEETING_OPENS.match(text)),
                    at_the_event=bool(_AT_THE_EVENT.search(text)), other_of_the_day=bool(_OTHER_OF_THE_DAY.match(text)),
                    refers_to={m["name"] for m in named if m["char_start"] >= remote_before}
                    | _referred_by_role(body[remote_before:end], people_roles),
                    frame=kind == "frame", trigger_at=trigger_at,
                    # (or "the progress achieved since their meeting in Ankara on 5 September": one long past)
                    # (the verb's own clause: not "Modi received X, who had met Y that morning")
                    background=bool(_BACKGROUND.search(text, clause_start, _clause_end(text, match.start()))
                                    or _SINCE_MEETING.search(text[:match.start()])),
                    the_pair=bool(_THE_PAIR.match(text[:match.start()])), moved=bool(_MOVED.search(text)),
                    sideline=bool(_SIDELINE.search(text)), sequenced=bool(_SEQUENCED.search(text[:match.start()]) or _JOINED_FOR.match(text, match.start())
                                   or _NEXT_OF_THE_DAY.match(text)),
                    opens=kind == "joining" and not named and bool(_REFERENCE_TO_MEETING.search(text))
                    or kind == "event" and not named and bool(_GROUP_MET.search(text[:match.start()])),
                    both_sides=kind == "joining" and len(named) >= 2 and bool(_TWO_SIDES.search(text)),
                    in_both=kind == "joining" and bool(_IN_BOTH.search(text)))
    report.each_day = tuple(listed)  # "have met twice, on May 16 at X and on June 2 at Y": one meeting each day
    visiting = bool(_VISIT.search(text))
    described = [(m["role_start"], m["role_end"], m["name"]) for m in named if m.get("role_start") is not None]
    clause_end = start + _clause_end(text, match.start()) if kind != "joining" else end
    if _SINCE_MEETING.search(text[:match.start()]) and "," in text[match.end():]:
        clause_end = min(clause_end, start + text.index(",", match.end()))  # "since their meeting in Beijing on 5 March, agreed by X"
    # "Halvorsen follows Matthias Kranz, who met X": the meeting is the relative clause's, so of the people
    # named before it only the one "who" stands for
    relative = re.search(r",\s*who\s+(?:[\w-]+\s+){0,3}$", text[:match.start()])
    antecedent = max((m["char_start"] for m in named if m["char_end"] <= start + relative.start()), default=None) \
        if relative else None
    # "the day after President X's meeting with Y": the meeting is X's, not the sentence's subject's
    owner = re.search(r"[’']s\s+(?:[\w-]+\s+)?$", text[:match.start()]) if re.match(r"(?:meeting|talks)\b", match.group()) else None
    owned_by = next((m["char_start"] for m in named if m["char_end"] == start + owner.start()), None) if owner else None
    for mention in named:
        if antecedent is not None and mention["char_start"] < antecedent:
            continue
        if owned_by is not None and mention["char_start"] < owned_by:
            continue
        if mention["char_start"] < remote_before:
            continue  # "had spoken on the phone ..., and X had met Y": the callers are not in the room
        if not body[start:mention["char_start"]].strip() and _SPEAKER_LABEL.match(body, mention["char_end"]):
            continue  # "Mao Ning: Yesterday, X held talks with Y": the speaker of a transcript
        if _SOURCE_BEFORE.search(body[max(start, mention["char_start"] - 20):mention["char_start"]]) \
                or _ACCORDING_TO.search(body[max(start, mention["char_start"] - 80):mention["char_start"]]):
            continue  # the source of the report, not a participant
        if mention["char_start"] > trigger_at and _REPORTED_BY.match(body[mention["char_end"]:end]):
            continue  # "..., Balkhi said.": who told the reporter
        if mention["char_start"] >= clause_end:
            continue  # "..., where they reviewed the decision announced by President Joe Biden"
        if mention["char_start"] > trigger_at and re.match(r"[’']s\b", body[mention["char_end"]:mention["char_end"] + 3]) \
                and not _HOSTED_THING.match(body, mention["char_end"] + 2):
            # "spent three hours with Putin, before the expiry of Donald Trump's deadline": a possessor (but
            # "attended PM Modi's swearing-in ceremony", "at Ruto's residence": the host)
            continue
        said_that = _SAID_THAT.match(body[mention["char_end"]:end])
        if said_that and mention["char_end"] + said_that.end() <= trigger_at:
            # "Suhail Shaheen, a spokesman ..., said that the meeting took place": who told of it; but
            # "Blinken said that he had a discussion with Qin": the speaker, by the pronoun
            if _PRONOUN.search(body[mention["char_end"] + said_that.end():trigger_at][:40]):
                _add(report.participants, mention["name"], "attendee")
            report.recalled = True
            continue
        if any(a <= mention["char_start"] < b and owner != mention["name"] for a, b, owner in described):
            continue  # "Ali Larijani, special adviser to ... Ayatollah Ali Khamenei": named in someone's role
        _add(report.participants, mention["name"], _role_of_side(kind, match.group(), mention["char_start"] < trigger_at, visiting))
    # ("Türkiye hosted Russian and Ukrainian negotiators ..., the last time the two sides held talks": the sides
    # are the groups the sentence named, not the two people of the meeting told before)
    other_sides = re.search(r"\b(?:negotiators|delegations|delegates|officials|diplomats|teams)\b", text[:match.start()])
    counted = None if other_sides else _GROUP_COUNT.search(text[max(0, match.start() - 60):match.start()])
    count = _NUMBERS[counted["n"].lower()] if counted else 0
    # "the three men met for dinner": the three of the last meeting, or the three the sentence before named
    group = reading.group if len(reading.group) == count else reading.last_named if len(reading.last_named) == count else ()
    named_others = {m["name"] for m in named} - set(group)
    if counted and kind != "joining" and group and len(named_others) < 2:
        for person in group:
            _add(report.participants, person, "attendee")
    if re.match(r"\w+ back for", match.group()) and index - reading.group_at <= 4:
        for person in reading.group:  # "he went back for a second round": with the same people
            _add(report.participants, person, "attendee")
    # (the people of this verb, before another: "His talks with Modi ... produced X, and he called on Murmu")
    next_verb = next((start + v.start() for v in _EVENT.finditer(text, match.end())), end)
    this_verbs = {m["name"] for m in named if m["char_start"] < next_verb} & set(report.participants)
    if kind == "event" and reading.subject and len(this_verbs) < 2 \
            and not any(m["char_start"] < trigger_at for m in named) \
            and _POSSESSIVE_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
        # "At his first meeting with Putin, ..., he told": his (but "In his meeting with Wang, Doval urged": Doval's)
        _add(report.participants, reading.subject, "attendee")
    if kind == "event" and re.match(r"\W*They\s+(?:\w+\s+)?$", text[:match.start()]) and len(report.participants) < 2:
        # "They met again at Borgo Egnazia ... when Zelenskyy invited Modi": the two told of just before
        for person in reading.group if index - reading.group_at <= 3 else ():
            _add(report.participants, person, "attendee")
    if kind == "hosting" and len(report.participants) == 1 and reading.visitor and reading.visitor not in report.participants \
            and _HOSTED_A_MEETING.match(text, match.start()) and not report.refers_to - set(report.participants):
        # "The same day, Li Qiang hosted the annual leaders' meeting": with the visitor the story follows (but
        # "hosted a dinner in honour of the visiting President": the one the role names)
        _add(report.participants, reading.visitor, "visitor")
    programme = reading.list_subject if reading.heading and reading.heading[2].endswith(":") else reading.subject
    if kind in {"event", "hosting"} and len(report.participants) == 1 and _BULLET_ITEM.match(text) and programme \
            and not any(m["char_start"] < trigger_at for m in named):
        # "- Later, a meeting with Prime Minister X at the Government Office": an item of the programme of
        # the one the story follows
        _add(report.participants, programme, "visitor")
    if kind == "event" and match.group().lower().startswith("their") and len(report.participants) < 2 \
            and len(reading.last_named) == 2 and set(report.participants) <= set(reading.last_named):
        # "A and B agreed Wednesday to ... In their talks at the prime minister's office, ...": those two
        for person in reading.last_named:
            _add(report.participants, person, "attendee")
    told = _GROUP_OBJECT.search(text, match.start(), _clause_end(text, match.start()))
    if told and kind != "joining":
        # "Qin Gang met with the two foreign ministers": the people of the meeting just reported, or the
        # pair, or those the sentence before named, whichever are as many as the number says
        in_sentence = {m["name"] for m in named}
        noun = next((n for n in _ROLE_NOUNS if n in told.group().lower()), None)
        for group in ((reading.group, reading.pair) if index - reading.group_at <= 3 else ()) + (reading.last_named,):
            people = [p for p in group if p not in in_sentence]
            # (a role noun must fit each of them: "the two foreign ministers" are ministers)
            if len(people) == _NUMBERS[told["n"].lower()] and \
                    (noun is None or all(any(w in r for w in _ROLE_NOUNS[noun] for r in people_roles.get(p, ())) for p in people)):
                for person in people:
                    _add(report.participants, person, _role_of_side(kind, match.group(), False, visiting))
                break
    others = {m["name"] for m in named} - set(reading.pair)
    # (others named after the verb do not make "the two presidents" other people: "The two presidents
    # then held a private meeting, attended only by X, Y and Z")
    # (but "The two sides met in Geneva, with Ryabkov leading Moscow's delegation": the sides are those named)
    own_subject = _THE_PAIR.match(text[:match.start()]) and not any(m["char_start"] < trigger_at for m in named) \
        and not re.match(r"\W*(?:the two|both|the) (?:sides|delegations)\b", text, re.I)
    if reading.pair and kind != "joining" and (len(others) < 2 or own_subject) and not other_sides \
            and (_PAIR_SUBJECT.search(text[max(0, match.start() - 80):match.start()])
                                                or match.group().lower().startswith("their") and re.match(r"\W*They\b", text)):
        for person in reading.pair:  # "... recalled that the two leaders had held a summit meeting in Phnom Penh"
            _add(report.participants, person, "attendee")
    elif own_subject and kind == "event" and len(report.participants) < 2 and len(reading.last_named) == 2 and not other_sides:
        # "A and B today launched negotiations ... The Ministers met at Vanijya Bhawan": the two just named,
        # if the noun fits them
        noun = re.sub(r"s$", "", _THE_PAIR.match(text).group().split()[-1].lower())
        if noun not in {"minister", "president"} or all(any(noun in r for r in people_roles.get(p, ())) for p in reading.last_named):
            for person in reading.last_named:
                _add(report.participants, person, "attendee")
            report.told_before = reading.date_at == reading.sentences_read - 1  # (and its day, if that sentence gave one)
    first_named = min((m["char_start"] for m in named if m["char_start"] >= remote_before), default=end)
    # "The Prime Minister held a working breakfast with Prime Minister Petteri Orpo": the one named before
    opening = _resolve_reference(body[remote_before:min(first_named, trigger_at)],
                                 {n: r for n, r in people_roles.items() if reading.introduced.get(n, 0) < start},
                                 reading.subject, reading.visitor or protagonist)
    if _FOLLOWED_BY.match(text) and reading.meeting_subject:
        opening = reading.meeting_subject  # "This was followed by a meeting with X": the last meeting's subject's day
    before = [m["name"] for m in named if remote_before <= m["char_start"] < trigger_at]
    escort = _ESCORTED_OPENING.match(text)
    if escort:  # "Accompanied by Kindiki, Dr Ruto was ...": Ruto is who the sentence is about
        before = [m["name"] for m in named if start + escort.end() <= m["char_start"] < trigger_at] or before
    report.subject = before[0] if before else opening
    guest_after = any(m["char_start"] > trigger_at and _WHO_IS_VISITING.match(body, m["char_end"]) for m in named)
    if kind == "event" and (re.search(r"\bvisiting\b", text[match.end():match.end() + 30]) or guest_after) and before:
        # "Xi held talks with visiting Brazilian President Lula", "... with Macron, who is on a state
        # visit to China": the guest comes after the verb
        for mention in named:
            if mention["name"] in report.participants:
                report.participants[mention["name"]] = "host" if mention["char_start"] < trigger_at else "visitor"
    if opening and (not before or re.search(r"\band\s+$", body[start:first_named])):
        # (also "The President of the Republic and President Xi were then joined by ...")
        _add(report.participants, opening, _role_of_side(kind, match.group(), True, visiting))
        # "The Prime Minister and the European Commission President met over lunch": each one referred to
        clause = re.split(r"[;:“”\"]", body[remote_before:trigger_at])[-1]
        if " and " in clause:
            for person in sorted(_referred_by_role(clause, people_roles)):
                _add(report.participants, person, _role_of_side(kind, match.group(), True, visiting))
    if _OBJECT_PRONOUN.match(body[start + match.end():end]):
        # "The prime minister was talking to X, who called on him": "him" is who the sentence is about.
        # The antecedent of ", who" is not "him": the one before it is.
        before = [m for m in named if m["char_start"] < trigger_at
                  and not re.match(r"\s*,\s*who\b", body[m["char_end"]:trigger_at])]
        subject = opening or (before[0]["name"] if before else None) or reading.subject
        if subject in report.participants and len(report.participants) == 1 and reading.subject \
                and reading.subject != subject and not re.search(r",\s*who\s+(?:\w+\s+){0,2}$", text[:match.start()]):
            subject = reading.subject  # "Jaishankar later called on him": not on himself, on whom the story was about
        if subject and (subject not in report.participants or len(report.participants) == 1):
            _add(report.participants, subject, _role_of_side(kind, match.group(), False, visiting))
    # "hosted a dinner for the visiting US delegation", "The envoys first met": the visitors of the
    # meeting reported before, or of the delegation the article described.
    delegation = _DELEGATION.search(body[trigger_at:start + _clause_end(text, match.start())])
    if delegation and (re.search(r"[A-Z][\w’'-]+\s+and\s+$", body[trigger_at:trigger_at + delegation.start()])
                       # "a source in the Russian delegation told TASS": who told of it
                       or re.search(r"\b(?:sources?|members?|officials?) (?:in|of|from|with)\s+$",
                                    body[trigger_at:trigger_at + delegation.start()])
                       or len({m["name"] for m in named if m["char_start"] > trigger_at} - set(reading.visitors)) >= 2):
        # "brief Malley and his team": Malley's team; "with Ryabkov leading Moscow's delegation and
        # Sherman heading the American team": teams the sentence names, not the visitors told of before
        delegation = None
    group_subject = _GROUP_SUBJECT.search(text[:match.start()])
    if group_subject and re.match(r"\W*where", group_subject.group()) and (any(start <= m["char_start"] < start + group_subject.start() for m in named)
                                                           or _COUNTED_GROUP.search(text[:group_subject.start()])):
        group_subject = None  # "The two presidents held a summit in Helsinki, where they spent two hours alone": the sentence's own
    if reading.visitors and (delegation or kind != "joining" and group_subject):
        for person in reading.visitors:
            _add(report.participants, person, "visitor")
    if (re.search(r"\bthey\s+$", text[:match.start()]) or re.match(r"they\b", match.group(), re.I)) and kind != "joining":
        # "X welcomed the Holy Father on the tarmac, and they had a first conversation": both of them
        for person in _referred_by_role(text[:match.start()], people_roles):
            _add(report.participants, person, "attendee")
    # (in the label's own sentence only "I" tells: "as soon as we landed, X welcomed the Holy Father")
    if reading.speaker and (_FIRST_PERSON_SINGULAR if _label_end(text) else _FIRST_PERSON).search(
            text[_label_end(text):_clause_end(text, match.start())]):
        _add(report.participants, reading.speaker, "attendee")  # "I was present at that meeting": the one speaking
    # "Khalilzad briefed the prime minister": someone after the verb named by role only (not in "since
    # their meeting in Ankara ..., agreed by the Prime Minister of Greece": the meeting is only recalled)
    recalled = _SINCE_MEETING.search(text[:match.start()])
    for person in () if recalled else _referred_by_role(body[trigger_at:start + _clause_end(text, match.start())], people_roles):
        if person not in report.participants and kind != "joining":
            _add(report.participants, person, _role_of_side(kind, match.group(), False, visiting))
    if not report.participants and not (report.frame or report.opens):
        # "The first round had met in Moscow on February 2, when Lavrov met Aivazian": the verb whose
        # clause names nobody gives way to the next one
        return _report(index, start, end, body, named, reading, people_roles, protagonist, anchor, knowledge, article,
                       after=match.end(), placed_at=placed_at or trigger_at)  # (the first verb's "in Moscow" still places it)
    report.place, report.place_rank, report.place_text, report.venue = _place_in(
        text, start, knowledge, article, placed_at or trigger_at, tuple((m["char_start"], m["char_end"]) for m in named))
    if kind == "joining" and not (report.opens or report.both_sides):
        return report  # "was accompanied by ... on arrival on Sunday": that date is not the meeting's
    dateline = article.get("dateline_text") or ""
    dated = _date_of(text, start, trigger_at, anchor,
                     max(start + len(dateline) if dateline and text.startswith(dateline) else 0,
                         remote_before if remote_before > start else 0),  # (not the date of a call in the clause before)
                     whole=report.opens)  # "took part in the meeting, which opened on Saturday"
    shifted = _DAYS_APART.search(text[:_clause_end(text, match.start())])
    base = reading.meeting_date or reading.date or reading.lead_date
    that_day = _THAT_DAY.search(text, 0, _clause_end(text, match.start()))
    day = reading.date  # ("that afternoon": the day just named)
    if that_day and re.match(r"(?:later )?in the\b", that_day.group(), re.I):
        day = reading.meeting_date or reading.date  # ("In the afternoon, X held another meeting": the last meeting's day)
    if that_day and day and day[1] == "day" and _same_weekday(that_day, day[0]) \
            and (not dated or dated[0].start - start > that_day.start()):
        # "landed on May 26. Carney had an audience with the King that afternoon, and ... the next day"
        report.date, report.precision, report.date_strength = day[0], "day", 2
        report.date_text = f"{that_day.group()} ({day[2]})"
    elif not (dated and dated[1]) and shifted and base and base[1] == "day":
        # "Six days later, ...", "A day before travelling to Luanda, ...": counted from the day just told
        days = _days_shifted(shifted)
        if re.match(r"(?:after|before)\b", shifted["way"] or shifted["way3"] or "", re.I) \
                and shifted.end() <= match.start() and not re.search(r"[,;]", text[shifted.end():match.start()]):
            days = -days  # "this visit comes two days after his meeting with X": the meeting is the earlier day
        report.date = (date.fromisoformat(base[0]) + timedelta(days=days)).isoformat()
        report.precision, report.date_text, report.date_strength = "day", shifted.group(), 2
    elif dated and dated[1]:
        expression, (report.date, report.precision) = dated
        report.date_text, report.date_strength = expression.text, _strength(expression, text, start)
        if shifted and report.precision == "day" and expression.end - start <= shifted.start() and shifted.end() <= match.start() \
                and re.match(r"\s*(?:(?:[\w’'.-]+\s+){0,4}?[\w’'-]+[’']s|his|her|their)\s+(?:[\w-]+\s+)?$",
                             text[shifted.end():match.start()]):
            # "spoke on Thursday morning, the day after President X's meeting with Y": the day before that one
            report.date = (date.fromisoformat(report.date) - timedelta(days=_days_shifted(shifted))).isoformat()
            report.date_text = f"{shifted.group()} ({expression.text})"
    elif dated:
        report.date_text = dated[0].text  # a phrase we cannot anchor: kept, never guessed
    elif report.told_before and reading.date:
        report.date, report.precision, report.date_text, report.date_strength = reading.date
    elif reading.visit and reading.visit.get("date") and _same_paragraph(body, start):
        report.date, report.precision = reading.visit["date"]
        report.date_text, report.date_strength = reading.visit["date_text"], reading.visit["strength"]
    elif reading.heading and not report.background:
        report.date, report.precision, report.date_text, report.date_strength = reading.heading
    elif reading.talks_date and (reading.talks_date[1] == index - 1 or index - 3 <= reading.talks_date[1] > reading.meeting_date_at
                                 and _CONTINUES.search(text)) and not report.background:
        # (or a few sentences on, with no other meeting dated since: "... the meeting in Najaf on Saturday
        # morning. It was a very simple meeting. ... Then the Holy Father went in and sat with ...")
        # "The Guangzhou leg followed a full day of talks in Beijing on Thursday. Macron and Xi were
        # joined ... for a three-way meeting": the day of the talks the sentence before told of
        report.date, report.precision, report.date_text = reading.talks_date[0][:3]
        # Talks of the story's days date what follows too; talks recalled from long before do not.
        recent = anchor and 0 <= (anchor - date.fromisoformat(report.date)).days <= 30
        report.date_strength = 2 if recent else 1
    elif (reading.meeting_date or reading.date) and _CONTINUES.search(_BULLET.sub("", text)):
        report.date, report.precision, report.date_text, report.date_strength = reading.meeting_date or reading.date
    elif reading.meeting_date and report.sequenced:
        report.date, report.precision, report.date_text, report.date_strength = reading.meeting_date
    elif reading.lead_date and index < 6 and kind != "joining" and not _BACKGROUND.search(text):
        # Undated, early and not in the past perfect: the story's own day, which its first sentences give.
        report.date, report.precision, report.date_text, report.date_strength = reading.lead_date
    elif reading.stamp and anchor and not report.background:
        report.date, report.precision, report.date_text, report.date_strength = anchor.isoformat(), "day", reading.stamp, 1
    elif anchor and not report.background and re.search(r"\b(?:has|have)\s+(?:\w+ly\s+)?$", text[:match.start()]) \
            and index < 8:
        # "Anthony Albanese has met Xi Jinping in Beijing": the news of the day the article is dated
        report.date, report.precision, report.date_text, report.date_strength = \
            anchor.isoformat(), "day", f"{text[match.start():match.end()]} (the publication date)", 0
    elif anchor and not report.background and (visiting := _VISITING_NOW.search(text)):
        # "Putin met with Witkoff, who is in Moscow on a working visit": a meeting of the visit under way
        report.date, report.precision, report.date_text, report.date_strength = \
            anchor.isoformat(), "day", visiting.group().strip(" ,"), 2
        city = visiting["city"] and knowledge.gazetteer.city(visiting["city"])
        if city and report.place is None:
            report.place, report.place_rank, report.place_text = city, 1, visiting.group().strip(" ,")
    if (report.place is None or report.place_rank < 2) and reading.visit and reading.visit.get("place") \
            and (_same_paragraph(body, start) or not reading.visit.get("people") or reading.visit["people"] & set(report.participants)):
        # (a visit told in the paragraph before places a meeting of the visitor, not one of other people)
        report.place, report.place_rank, report.place_text = reading.visit["place"], 2, reading.visit["place_text"]
    if report.place is None and reading.place and _SAME_CITY.search(text):
        report.place, report.place_rank = reading.place[0], 2
        report.place_text = f"{_SAME_CITY.search(text).group()} ({reading.place[1]})"
    return report


def _first_city(text: str, knowledge: Knowledge) -> Place | None:
    """The first town a heading names: "His Hanoi programme on 28 March", "— The King in Ottawa, May 26-27."
    (each capitalised word is tried with the next one and alone: "His Hanoi" is not a town, "Hanoi" is)."""
    return next((c for w in re.findall(r"(?=\b([A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+)?))", text) if (c := _city(w, knowledge))), None)


def _read_on(reading: _Reading, text: str, start: int, named: list[dict], anchor, knowledge, article, same_paragraph: bool) -> None:
    """Carry what this sentence establishes (a visit, a date, who it is about) to the next ones."""
    visit = _visit_context(text, start, anchor, knowledge, article)
    if visit:
        visit["people"] = {m["name"] for m in named}
    listed = reading.heading and reading.heading[2].endswith(":") and _BULLET_ITEM.match(text)  # (its heading's place holds)
    if visit or not same_paragraph and not listed:
        reading.visit = visit
    dateline = article.get("dateline_text") or ""
    skip = start + len(dateline) if dateline and text.startswith(dateline) else start  # the dateline's own date
    # (not "reviewed the progress since their meeting in Ankara on 5 September": a day long past)
    # nor "The President, who left Nairobi on Friday night, ...": the day of a departure, not of the meetings
    days = [e for e in find_expressions(text, start) if e.strength == 2 and e.start >= skip
            and not _SINCE_ANY.search(text[max(0, e.start - start - 60):e.start - start])
            and not _DEPARTED.search(text[max(0, e.start - start - 40):e.start - start])
            and not _another_meetings_date(text, e, start)]
    if len(text.split()) <= 2 and not re.search(r"\d", text):
        days = []  # "The Real Russia. Today.": a newsletter's name, not a day
    same = _THAT_DAY.search(text)
    if same and same["weekday"] and reading.date and reading.date[1] == "day" and _same_weekday(same, reading.date[0]):
        days = [e for e in days if e.start - start != same.start("weekday")]  # "That same Monday": the day just told
    if days and (resolved := resolve(days[0], anchor)):
        reading.date = (*resolved, days[0].text, days[0].strength)
        reading.date_at = reading.sentences_read
        if not named and _MEETING_NOUN.search(text[:days[0].start - start]) \
                and re.search(r"\b(?:talks|meeting|meetings|summit|session|negotiations|consultations)\b[^.;,]{0,40}$",
                              text[:days[0].start - start], re.I) \
                or re.match(r"[’']s\s+(?:[\w-]+\s+)?(?:talks|meeting|meetings|summit|session)\b", text[days[0].end - start - 2:]):
            # (or "a quick recap of Wednesday's talks in London")
            reading.talks_date = (reading.date, reading.sentences_read)  # "a full day of talks in Beijing on Thursday"
        reported = _strength(days[0], text, start) < days[0].strength  # "the group said on Saturday"
        if reading.lead_date is None and reading.sentences_read < 2 and not reported:
            reading.lead_date = reading.date
    reading.sentences_read += 1
    if ENTRY_TIME.match(text):  # a live blog's entry: its events are of the blog's day
        reading.stamp = f"live-blog entry {text.strip()}"
        if days and resolved:
            reading.heading = (*resolved, text.strip(), 2)  # its date dates the entry under it
    bullet = _BULLET_ITEM.match(text)
    if days and resolved and resolved[1] == "day" and text.rstrip().endswith(":") and not _BACKGROUND.search(text):
        reading.heading = (*resolved, text.strip(), 2)  # "His Hanoi programme on 28 March was packed:" over its items
        reading.list_subject = reading.subject  # (whose programme it is)
        city = _first_city(text, knowledge)
        if city:
            reading.visit = {"place": city, "place_text": text.strip()}
    elif days and len(text.split()) <= 4 and days[0].end - days[0].start >= len(text.strip()) - 12 and resolved:
        reading.heading = (*resolved, text.strip(), 2)  # "Monday 10 July" over the entries of that day
    elif days and resolved and bullet and len(text.split()) <= 9 and days[0].end - start >= len(text.rstrip(" .")) - 4:
        reading.heading = (*resolved, text.strip(), 2)  # a newsletter's item: "— Saskatoon, June 2." over what follows
    if bullet and reading.heading and reading.heading[2] == text.strip():
        city = _first_city(text, knowledge)
        if city:  # (and its place: "— The King in Ottawa, May 26-27.")
            reading.visit = {"place": city, "place_text": text.strip()}
    if named:
        reading.last_named = tuple(dict.fromkeys(m["name"] for m in named if m["kind"] != "attributive"))
    if not _OPENS_WITH_PRONOUN.match(text) and named and named[0]["char_start"] - start < 80:
        reading.subject = named[0]["name"]


_ROLE_HEAD = re.compile(r"\s+(?:for|of|to|on|in|at)\s+.*$")


def _role_fits(role: str, wanted: tuple[str, ...]) -> bool:
    """Does "US Special Representative for Afghanistan Reconciliation" fit "representative"?
    Only the head of the role counts: "Special Assistant to the PM" is no prime minister."""
    head = _ROLE_HEAD.sub("", role)
    return any(role == w or head.endswith(w) or head.startswith(w + " ") or " " in w and w in role for w in wanted)


_COUNTRY_MARK = "country: "  # a person's country among their roles


def _fitting(match: re.Match, people: dict[str, set[str]]) -> list[str]:
    """The people whose roles fit a reference ("the European Commission President"): by its head noun,
    then, if several do, by all its words ("Commission Vice-President" is not the President)."""
    noun = match["noun"].lower()
    wanted = _ROLE_REFERENCES.get(noun, (noun,))
    fitting = [name for name, roles in people.items() if any(_role_fits(role, wanted) for role in roles)]
    nationality = next((w for w in match.group().lower().split() if w in lx.DEMONYMS), None)
    if noun == "leader" and not nationality:
        return []  # "the leader", "the opposition leader": whose, the words do not say
    if nationality:
        # "the Ukrainian president" is not the Chinese President, whatever else fits, nor one the article
        # gives another country
        country = f"{_COUNTRY_MARK}{(lx.country_of(nationality) or '').lower()}"
        fitting = [name for name in fitting if (not any(d in role.split() for role in people[name] for d in lx.DEMONYMS)
                                                and not any(r.startswith(_COUNTRY_MARK) and r != country for r in people[name]))
                   or any(nationality in role.split() for role in people[name]) or country in people[name]]
    if len(fitting) > 1:
        phrase = re.sub(r"^(?:the|this)\s+", "", match.group().lower())
        narrowed = [name for name in fitting if any(phrase in role for role in people[name])]
        fitting = narrowed or fitting
    return fitting


def _referred_by_role(text: str, people: dict[str, set[str]]) -> set[str]:
    """People a sentence calls by their role only: "with the prime minister", "the CDS"."""
    found = _by_acronym(text, people)
    for match in _REFERENCE.finditer(text):
        if re.match(r"\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)+", text[match.end():]):
            continue  # "the expiry of Chancellor Petra Lange's deadline": a title before a name, which says who
        fitting = _fitting(match, people)
        if len(fitting) == 1:
            found.add(fitting[0])
    return found


def _same_paragraph(body: str, start: int) -> bool:
    """True unless the sentence opens a paragraph."""
    return start > 0 and body[start - 1] != "\n"


def _visit_context(text: str, offset: int, anchor: date | None, knowledge: Knowledge, article: dict) -> dict | None:
    """'visited Islamabad on March 8.' dates and places the meeting reported next."""
    lower = text.lower()
    opening = _IN_CITY_OPENING.match(text)
    place = opening and _city(opening["place"], knowledge)
    if place:  # "In Hanoi, the two leaders first shared a dinner ...": where the paragraph is
        return {"place": place, "place_text": opening.group().rstrip(", ")}
    if not (any(w in lower for w in ("visit", "arriv", "reach", "tour", "trip", "land", "flew", "travel")) and _VISIT.search(text)
            or "spent" in lower and _VISITED_CITY.search(text)):
        return None
    context = {}
    expressions = [e for e in find_expressions(text, offset) if e.strength == 2]
    if expressions and (resolved := resolve(expressions[0], anchor)):
        context.update(date=resolved, date_text=expressions[0].text, strength=expressions[0].strength)
    for match in _VISITED_CITY.finditer(text):
        place = _city(match["place"], knowledge)
        if place:
            context.update(place=place, place_text=match.group())
            break
    return context or None


# (or with its day: "In Mumbai on Thursday, Boric met ...")
_IN_CITY_OPENING = re.compile(r"\W*In (?P<place>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})"
                              r"(?:\s+(?:on|last|this|early on|late on)\s+[A-Z][a-z]+(?:\s+(?:morning|afternoon|evening|night))?)?,")
# The city a visit sentence brings someone to ("arrived in Islamabad"), not any "in Doha" in it.
_VISITED_CITY = re.compile(r"\b(?:visited|visiting|arrived in|arrived at|arrives in|reached|toured|landed in|landed at|"
                           r"flew (?:in)?to|travel+ed to|came to|trip to|visit to|stopover in|stop in|stayed in|"
                           # "Modi spent two days in Bangkok, where the summit ...": where the next meetings are
                           r"sp[eo]nt (?:(?:the|a|an|two|three|four|five|several|a few|\d+) )?(?:[\w-]+ )?(?:days?|nights?|weekend|week)\s+in)\s+(?:the\s+)?"
                           r"(?P<place>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})")


_ROLE_ORDER = {"visitor": 2, "host": 2, "attendee": 1}


def _add(participants: dict[str, str], name: str, role: str) -> None:
    if _ROLE_ORDER.get(role, 0) >= _ROLE_ORDER.get(participants.get(name), 0):
        participants[name] = role


@dataclass
class Meeting:
    """Reports of one meeting within an article; participants and date kept up to date as reports join."""
    reports: list[Report]
    participants: dict[str, str] = field(default_factory=dict)
    dated: Report | None = None

    def join(self, report: Report) -> None:
        self.reports.append(report)
        for name, role in report.participants.items():
            _add(self.participants, name, role)
        if report.date and (self.dated is None or (report.date_strength, report.precision == "day") >
                            (self.dated.date_strength, self.dated.precision == "day")):
            self.dated = report

    @property
    def placed(self) -> Report | None:
        placed = [r for r in self.reports if r.place]
        return max(placed, key=lambda r: (r.place_rank, -r.sentence)) if placed else None


def _by_publication(report: Report) -> bool:
    """Dated only by the article's date ("X has met Y"): the day a nearby sentence gives wins."""
    return (report.date_text or "").endswith("(the publication date)")


def _different_hosts(report: Report, meeting: Meeting) -> bool:
    ours = {n for n, r in report.participants.items() if r == "host"}
    theirs = {n for n, r in meeting.participants.items() if r == "host"}
    return bool(ours and theirs and not ours & theirs)


def _bilateral_within(report: Report, meeting: Meeting) -> bool:
    """Two of a larger meeting's people, one calling on or received by the other: their own meeting."""
    roles = set(report.participants.values())
    return len(report.participants) == 2 and roles == {"host", "visitor"} and len(meeting.participants) >= 4 \
        and not report.refers_back and not report.the_pair


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _merge(reports: list[Report], article: dict, knowledge: Knowledge) -> list[Meeting]:
    meetings: list[Meeting] = []
    last: Meeting | None = None  # the meeting the article was last talking about
    for report in reports:
        names = set(report.participants)
        target = None
        if report.frame:
            meetings.append(Meeting([]))
            meetings[-1].join(report)
            last = meetings[-1]
            continue
        if report.kind == "dating":
            if last is not None and report.sentence - last.reports[-1].sentence <= 3:
                last.join(report)
            continue
        if report.kind == "joining":
            # (a meeting told without its people waits longer for them when the sentence names it: "Direct
            # talks held at the palace on Friday have ended ... [quotes] ... The talks were opened by X")
            recent = [m for m in meetings if report.sentence - m.reports[-1].sentence <= 3
                      or not m.participants and report.refers_back and report.sentence - m.reports[-1].sentence <= 8
                      or report.about_the_meeting and report.sentence - m.reports[-1].sentence <= 6]
            if report.both_sides and not any(not m.participants for m in recent) and not report.about_the_meeting:
                meetings.append(Meeting([]))  # not filling a meeting whose people were yet to come: its own
                meetings[-1].join(report)
                last = meetings[-1]
                continue
            if not recent and report.opens:
                meetings.append(Meeting([]))  # "Officials from 40 countries took part in the meeting": who comes next
                meetings[-1].join(report)
                last = meetings[-1]
                continue
            if not recent:
                continue  # "accompanied by" with no meeting just reported: an arrival, not a meeting
            # The meeting with the person the sentence points at ("... with the prime minister"), else the last one.
            pointed = [m for m in recent if report.refers_to & set(m.participants) - names]
            # After "met A and B separately", who "accompanied him" went to the first of those meetings.
            split = [m for m in recent if m.reports[0].split_from is not None and m.reports[0].split_from == last.reports[0].split_from] \
                if last is not None else []
            target = pointed[-1] if pointed else split[0] if split else (last if last in recent else recent[-1])
            if report.in_both and len(meetings) >= 2 and target is meetings[-1]:
                meetings[-2].join(report)  # "Khalil was in both meetings": the one before too
            if names <= set(target.participants):
                last = target
                continue  # adds nobody
        else:
            nearest = None  # a meeting just told that shares one person, if none nearby shares two
            for meeting in reversed(meetings[-50:]):  # reports of one meeting sit near each other
                if nearest is not None and report.sentence - meeting.reports[-1].sentence > 5:
                    break
                if not _compatible(report.date, meeting.dated.date if meeting.dated else None) \
                        and not (_by_publication(report) or meeting.dated and _by_publication(meeting.dated)):
                    continue
                if report.split_from is not None and any(r.split_from == report.split_from for r in meeting.reports):
                    continue  # one sentence told two meetings apart: they stay apart
                if report.background != meeting.reports[0].background or _different_hosts(report, meeting):
                    continue  # "had previously met in Ashgabat", a dinner hosted by someone else: another meeting
                if (len(meeting.participants) == 1 and set(meeting.participants) <= names
                        or len(names) == 1 and names <= set(meeting.participants)) and report.date \
                        and report.precision == "day" and meeting.dated and meeting.dated.date == report.date \
                        and report.sentence - meeting.reports[-1].sentence <= 2 and not (report.sequenced or report.other_of_the_day):
                    # "... two days after the prime minister's meeting with Vance in Paris. On 11 February, on the
                    # margins of the summit, he met Vance, Usha Vance and their children": told with one name, then
                    # whole (or the other way round: "It was Witkoff's fifth meeting with the Russian president")
                    target = meeting
                    break
                if report.sideline and not any(r.sideline for r in meeting.reports) or _bilateral_within(report, meeting) \
                        or report.sequenced or report.other_of_the_day and meeting is last:
                    continue  # "On the sidelines of the meeting, X received Y", "Z paid a courtesy call on X"
                if report.place and meeting.placed and meeting.placed.place_rank >= 2 \
                        and (report.moved or report.place_rank >= 2 and report.date and meeting.dated and report.date != meeting.dated.date) \
                        and (report.place.city or report.place.name) != (meeting.placed.place.city or meeting.placed.place.name):
                    # the same people the same day in another city: "then travelled to Pristina"; or earlier that
                    # month: "Earlier this month, Dmitriev paid a visit to Washington, where he held talks with Witkoff"
                    continue
                shared = names & set(meeting.participants)
                close = report.sentence - meeting.reports[-1].sentence <= 2
                if report.the_pair and close:
                    target = meeting  # "The two leaders then held talks ..., with X also taking part"
                    break
                if len(shared) >= 2:
                    target = meeting
                    break
                if nearest is None and shared and close and (report.date is None or report.at_the_event
                                                             or names <= set(meeting.participants) and report.refers_back):
                    # "Li held talks separately with Yoon and Kishida. In his meeting with Yoon, ...": not
                    # the meeting with Kishida told last, though it shares Li
                    nearest = meeting
            target = target or nearest
        if target is None:
            target = Meeting([])
            meetings.append(target)
        target.join(report)
        last = target
    return [m for m in meetings if len(m.participants) >= 2]


def _meeting_row(meeting: Meeting, body: str, sentences: list[tuple[int, int]], article: dict) -> dict:
    dated, placed = meeting.dated, meeting.placed
    place = placed.place if placed else None
    if place is None and article.get("dateline_place"):
        place, place_source = article["dateline_place"], article["home_place_source"]
    else:
        place_source = f"text: {placed.place_text}" if placed and placed.place_text else None
    first = min(r.sentence for r in meeting.reports)
    window = range(first, min(len(sentences), max(r.sentence for r in meeting.reports) + 3))
    discussed = [body[sentences[i][0]:sentences[i][1]] for i in window if _DISCUSSION.search(body[sentences[i][0]:sentences[i][1]])]
    undated = next((r for r in meeting.reports if r.date_text), None)
    return {
        "participants": meeting.participants,
        "date": dated.date if dated else None,
        "date_precision": dated.precision if dated else None,
        "date_text": dated.date_text if dated else (undated.date_text if undated else None),
        "place": place.city if place else None,
        "place_source": place_source,
        "venue": placed.venue if placed and placed.venue else None,
        "country": place.country if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "summary": " ".join(discussed[:2]) or None,
        # told apart from another meeting of the day ("on the sidelines", "before the plenary"): across
        # articles it merges only with a report of much the same people
        "beside": any(r.sideline or r.sequenced for r in meeting.reports),
        "sources": [{"sentence": body[r.span[0]:r.span[1]], "char_start": r.span[0], "char_end": r.span[1]}
                    for r in sorted(meeting.reports, key=lambda r: r.sentence)],
    }
