// Relations between people, organisations and films, stated inside one sentence: roles, who
// represents whom, who works for what, who founded, made or acted in what.
import type { ArticleContext } from "./context.ts";
import type { NameMention } from "./mentions.ts";
import type { Entity } from "./types.ts";
import { ROLE_FORMS, ROLE_MODIFIERS, roleByForm, roleOf } from "./lexicon.ts";

const NAME = String.raw`\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}`;
const DET = String.raw`(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]hose|(?:[Tt]he\s+)?\p{Ll}+['’]s)`;
/** Roles of the people who make a film besides its actors and director. */
const CREW = new Set(["cinematographer", "editor", "composer", "producer", "armorer", "assistant director", "props assistant", "production assistant", "screenwriter"]);
const ADJ = String.raw`(?:${ROLE_MODIFIERS}|\p{Lu}[\p{L}.'’\-]*|[\p{L}\d]+-[\p{L}\d\-]+|\d+|two|three|four|five|longtime|local|personal|own|new|then)`;
/** "the Irish actor", "Ruiz's lawyer", "his lawyer,", "former production assistant" just before a name. */
const ROLE_BEFORE = new RegExp(
  String.raw`(?:^|[\s(,;:])(?:(?<det>${DET})\s+|(?<owner>${NAME})['’]s?\s+)?(?<mods>(?:${ADJ}\s+){0,3}?)(?<role>${ROLE_FORMS})(?<comma>\s*,)?\s+$`,
  "u",
);
/** An apposition after a name: ", a 42-year-old Ukrainian-born director of photography", ", one of X's two lawyers". */
const APPOSITION = new RegExp(
  String.raw`^(?:\s+(?:KC|QC|Jr\.?|Sr\.?))?\s*,\s+(?:who\s+(?:is|was|has been|had been)\s+|one of\s+|now\s+|then\s+)?(?=${DET}\s|${NAME}['’]s?\s|${ADJ}\s+(?:${ADJ}\s+)*(?:${ROLE_FORMS})\b|(?:${ROLE_FORMS})\b)(?<body>[^,;:()—–]*)`,
  "u",
);
const ROLE_IN = new RegExp(String.raw`(?<![\p{L}-])(?<role>${ROLE_FORMS})(?![\p{L}-])`, "gu");
const TITLE_BEFORE = (title: string) => new RegExp(`(${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")}s?)\\s+$`, "i");

export function extractRoles(ctx: ArticleContext): void {
  for (const m of ctx.names) {
    const person = ctx.entityOf.get(m);
    if (!person || person.type !== "Person") continue;
    const s = ctx.sentences[m.sentence]!;
    const before = ctx.text.slice(Math.max(s.start, m.start - 120), m.start);
    const after = ctx.text.slice(m.end, Math.min(s.end, m.end + 400));

    // A title: "Judge Hart", "District Attorney Ana Ruiz"
    if (m.title) {
      const t = TITLE_BEFORE(m.title).exec(before) ?? /(\p{L}+\.?)\s+$/u.exec(before);
      const start = t ? m.start - t[0].length : m.start;
      ctx.holdsRole(person, m.title, m.sentence, start, start + (t ? t[1]!.length : 0) || m.end, 0.9);
    }
    // "His colleague Léa Moreau": the colleague of the person just spoken of shares that role and client
    const colleague = m.title ? null : /\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:fellow\s+)?(?:colleague|co-counsel|associate|partner)\s*,?\s*$/.exec(before);
    if (colleague) {
      const peer = ctx.salientPerson(m.sentence, m.start - colleague[0].length, (e) => e !== person && ctx.rolesOf(e).length > 0);
      if (peer) {
        for (const r of ctx.relationsFrom(peer.id)) {
          if (r.type !== "HOLDS_ROLE" && r.type !== "REPRESENTS" && r.type !== "WORKS_FOR") continue;
          const target = ctx.entity(r.target)!;
          if (r.type === "HOLDS_ROLE") ctx.holdsRole(person, target.label, m.sentence, m.start - colleague[0].length, m.start, 0.6);
          else ctx.relate(r.type, person, target, m.sentence, 0.55);
        }
      }
    }
    const pre = m.title ? null : ROLE_BEFORE.exec(before);
    if (pre?.groups && !(pre.groups.comma && !pre.groups.det && !pre.groups.owner)) {
      const form = pre.groups.role!.toLowerCase();
      const info = roleByForm.get(form);
      const roleStart = m.start - pre[0].length + pre[0].toLowerCase().lastIndexOf(form);
      if (info) {
        ctx.holdsRole(person, info.label, m.sentence, roleStart, roleStart + form.length, 0.85);
        representation(ctx, person, info.legal, pre.groups.owner, pre.groups.det, m.sentence, m.start - pre[0].length);
        const kind = pre.groups.det && /^(?:[Tt]he\s+)?(court|hospital|company|firm|university|studio|office)['’]s$/.exec(pre.groups.det)?.[1];
        if (kind) ctx.relate("WORKS_FOR", person, organisationOfKind(ctx, kind, m.sentence), m.sentence, 0.6);
        if (CREW.has(info.label) && pre.groups.det && /^(?:its|(?:the\s+)?(?:film|movie|show|series|production)['’]s)$/i.test(pre.groups.det)) {
          const film = recentFilm(ctx, m.sentence, m.start);
          ctx.relate(info.label === "producer" ? "PRODUCED" : "WORKED_ON", person, film, m.sentence, 0.65);
        }
      }
    }
    apposition(ctx, person, m, after);
    servedAs(ctx, person, m, after);
    // "named Ray Okafor, a former U.S. attorney in Denver, as special prosecutor"
    const as = AS_ROLE.exec(after);
    if (as?.groups) {
      const info = roleByForm.get(as.groups.role!.toLowerCase());
      const start = m.end + as[0].length - as.groups.role!.length;
      if (info) ctx.holdsRole(person, info.label, m.sentence, start, start + as.groups.role!.length, 0.7);
    }
    // "said DiLorenzo, who represents Almeida"
    const represents = /^,\s+who\s+(?:represents|represented|is representing|has represented|defended|defends)\s+/.exec(after);
    if (represents) ctx.relate("REPRESENTS", person, personAfter(ctx, m.sentence, m.end + represents[0].length), m.sentence, 0.75);
    // "Judge X of Essex County Superior Court", "X, who ran the Y Office"
    worksForAfter(ctx, person, m.sentence, m.end, /^(?:\s+(?:KC|QC))?\s*(?:,\s*)?(?:of|at|from)\s+(?:the\s+)?(?:(?:\p{Lu}\p{Ll}+\s+)?(?:law firm|firm|company|studio|agency|office)\s+)?$/u);
    worksForAfter(ctx, person, m.sentence, m.end, /^,?\s+who\s+(?:ran|runs|led|leads|headed|heads|founded|co-founded|worked for|works for|worked at|works at|joined)\s+(?:the\s+)?$/i);
    // "Ana Ruiz, a 42-year-old", "Ana Ruiz, 42,"
    const age = /^\s*,\s+(?:a|an|the|now|then)\s+(\d{1,3})-year-old\b/.exec(after) ?? /^\s*,\s+(\d{1,3})\s*[,)]/.exec(after) ?? /\b(\d{1,3})-year-old\s+(?:[\p{Ll}\-]+\s+){0,2}$/u.exec(before);
    if (age && !person.attrs.age) person.attrs.age = Number(age[1]);
  }
  coordinatedRoles(ctx);
}

/** Every role named in the apposition after a name, up to a relative clause: "Carl Brenner, the former defense secretary and a onetime board member". */
function apposition(ctx: ArticleContext, person: Entity, m: NameMention, after: string): void {
  // British usage: "Ana Ruiz KC, prosecuting, told the court"
  const side = /^((?:\s+(?:KC|QC|SC))?\s*,\s+)(prosecuting|defending|for the prosecution|for the defen[cs]e)\s*[,;]/.exec(after);
  if (side) {
    const start = m.end + side[1]!.length;
    ctx.holdsRole(person, /prosecut/.test(side[2]!) ? "prosecutor" : "lawyer", m.sentence, start, start + side[2]!.length, 0.75);
    return;
  }
  const app = APPOSITION.exec(after);
  if (!app?.groups) return;
  const bodyStart = m.end + app[0].length - app.groups.body!.length;
  // "Pia van Dam, its editor, Tom Hale": the role belongs to the name that follows
  const following = ctx.namesIn(m.sentence).find((n) => n.type === "Person" && n.start > bodyStart);
  if (following && /^\s*,\s*$/.test(ctx.text.slice(bodyStart + app.groups.body!.length, following.start))) return;
  // the apposition ends where a clause starts: "a former coach found guilty of assaulting a student"
  const body = app.groups.body!.split(/\s+(?:who|whose|which|that|when|where|after|before|because|told|said|says|found|convicted|accused|charged|sentenced|acquitted|arrested|indicted|jailed|known|best known|whom)\b/)[0]!;
  for (const r of body.matchAll(ROLE_IN)) {
    const form = r.groups!.role!;
    const info = roleByForm.get(form.toLowerCase());
    if (!info) continue;
    const roleStart = bodyStart + r.index;
    // "for the Los Angeles County District Attorney's Office": a role word inside a name is not a role
    if (ctx.namesIn(m.sentence).some((n) => n.type !== "Person" && n.start <= roleStart && n.end >= roleStart + form.length)) continue;
    // "the star's wife" names the star; "the accuser Judge Hart allowed" gives the judge a title
    const rest0 = ctx.text.slice(roleStart + form.length, roleStart + form.length + 40);
    if (/^['’]s\b/.test(rest0) || ctx.namesIn(m.sentence).some((n) => n.type === "Person" && n.start >= roleStart && n.start <= roleStart + form.length + 1)) continue;
    if (info.label === "accuser") { ctx.pendingAccusers.push({ accuser: person, sentence: m.sentence }); continue; }
    ctx.holdsRole(person, info.label, m.sentence, roleStart, roleStart + form.length, 0.8);
    const lead = body.slice(0, r.index);
    const owner = /(?<owner>\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3})['’]s?\s+(?:(?:two|three|\S+-\S+|lead|former|longtime|onetime|own)\s+)*$/u.exec(lead)?.groups?.owner;
    const det = /(?:^|\s)(his|her|their)\s+(?:\S+\s+){0,2}$/.exec(lead)?.[1];
    // "the hospital's then chief executive": the organisation of that kind the article names
    const kind = /\bthe\s+(hospital|company|firm|university|studio|church|office|network|paper|newspaper|agency|department|club|team|school|college|bank)['’]s\s+(?:\S+\s+){0,2}$/i.exec(lead)?.[1];
    if (kind) ctx.relate("WORKS_FOR", person, organisationOfKind(ctx, kind, m.sentence), m.sentence, 0.6);
    // "Pia Lund, one of the film's producers": the crew of the film last named
    if (CREW.has(info.label) && /(?:^|\s)(?:its|(?:the\s+)?(?:film|movie|show|series|production)['’]s)\s+(?:\S+\s+){0,2}$/.test(lead)) {
      ctx.relate(info.label === "producer" ? "PRODUCED" : "WORKED_ON", person, recentFilm(ctx, m.sentence, roleStart), m.sentence, 0.6);
    }
    representation(ctx, person, info.legal, owner, det, m.sentence, owner ? bodyStart + lead.lastIndexOf(owner) : roleStart);
    const rest = ctx.text.slice(roleStart + form.length, ctx.sentences[m.sentence]!.end);
    const who = /^\s+who\s+(?:represented|represents|defended|defends|has represented)\s+/.exec(rest);
    if (who) ctx.relate("REPRESENTS", person, personAfter(ctx, m.sentence, roleStart + form.length + who[0].length), m.sentence, 0.8);
    // "the consultant who led the hospital's neonatal unit": the organisation of that kind
    const led = /^\s+who\s+(?:led|leads|ran|runs|headed|heads|managed|manages|worked (?:at|in|for)|works (?:at|in|for))\s+the\s+(hospital|company|firm|university|studio|church|charity|foundation|school|college|bank|agency|club|team)(?:['’]s\b|\s+(?!of\b)\p{Ll})/u.exec(rest);
    if (led) ctx.relate("WORKS_FOR", person, organisationOfKind(ctx, led[1]!, m.sentence), m.sentence, 0.55);
    worksForAfter(ctx, person, m.sentence, roleStart + form.length, /^(?:\s+[\p{Ll}\-]+){0,4}?\s+(?:for|of|at|with)\s+(?:[Tt]he\s+)?(?:\p{Ll}+\s+){0,2}$/u, info.label);
    // "a former Harlow University employee", "a onetime Quillfire board member"
    const org = ctx.namesIn(m.sentence).find((n) => (n.type === "Organization" || n.type === "Studio" || n.type === "Court") && n.end <= roleStart && /^\s+$/.test(ctx.text.slice(n.end, roleStart)));
    if (org) ctx.relate(info.label === "founder" ? "FOUNDED" : "WORKS_FOR", person, ctx.entityOf.get(org), m.sentence, 0.7);
  }
}

/** "Hale, a former district attorney who this year served as one of Mia Varga's lawyers": a role in a relative clause. */
const AS_ROLE = new RegExp(String.raw`^(?:\s*,[^,;]{1,80},)?\s+as\s+(?:(?:the|a|an|its|their)\s+)?(?:${ADJ}\s+){0,2}?(?<role>${ROLE_FORMS})\b`, "u");
const SERVED_AS = new RegExp(String.raw`^[^.;]{0,80}?\bwho\s+(?:[\p{Ll}\s]{0,30}?)(?:served|serves|works|worked|acted|acts|is|was)\s+as\s+(?:one of\s+)?(?:(?<owner>${NAME})['’]s?\s+)?(?:(?:a|an|the|his|her|their)\s+)?(?:${ADJ}\s+){0,2}?(?<role>${ROLE_FORMS})\b`, "u");

function servedAs(ctx: ArticleContext, person: Entity, m: NameMention, after: string): void {
  if (!/\bwho\b/.test(after)) return;
  const rel = SERVED_AS.exec(after);
  if (!rel?.groups) return;
  const form = rel.groups.role!;
  const info = roleByForm.get(form.toLowerCase());
  if (!info) return;
  const roleStart = m.end + rel[0].length - form.length;
  ctx.holdsRole(person, info.label, m.sentence, roleStart, roleStart + form.length, 0.7);
  const owner = rel.groups.owner;
  if (owner) representation(ctx, person, info.legal, owner, undefined, m.sentence, m.end + rel[0].lastIndexOf(owner));
}

/** The organisation "the hospital" or "the company" stands for: one whose name ends so, else the last one named. */
function organisationOfKind(ctx: ArticleContext, kind: string, sentence: number): Entity | undefined {
  if (kind.toLowerCase() === "court") {
    const courts = ctx.byType("Court").filter((c) => !/supreme|appeal|highest/i.test(c.label));
    return courts.length === 1 ? courts[0] : undefined;
  }
  const orgs = ctx.byType("Organization").concat(ctx.byType("Studio"));
  const named = orgs.filter((o) => o.label.toLowerCase().endsWith(kind.toLowerCase()));
  if (named.length === 1) return named[0];
  // "the hospital" speaks of one named already: the only one of its kind the article has named so far
  const earlier = named.filter((o) => o.mentions.some((m) => m.sentence <= sentence));
  if (earlier.length === 1) return earlier[0];
  if (named.length) return undefined;
  const before = orgs.filter((o) => o.mentions.some((m) => m.sentence <= sentence));
  return before.sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

/** "X's lawyer Y" and "his lawyer, Y": Y represents X. A defence lawyer without an owner represents the defendant later. */
function representation(ctx: ArticleContext, lawyer: Entity, legal: string | undefined, owner: string | undefined, det: string | undefined, sentence: number, at: number): void {
  if (legal !== "lawyer") return;
  if (owner) {
    const client = ctx.namesIn(sentence).find((n) => n.type === "Person" && n.end <= at + owner.length + 2 && n.start >= at - 2 && ctx.entityOf.has(n));
    if (client) ctx.relate("REPRESENTS", lawyer, ctx.entityOf.get(client), sentence, 0.85);
    else {
      const org = ctx.namesIn(sentence).find((n) => n.type === "Organization" && n.start >= at - 2 && n.end <= at + owner.length + 2);
      if (org && ctx.entityOf.has(org)) ctx.relate("WORKS_FOR", lawyer, ctx.entityOf.get(org), sentence, 0.6);
    }
  } else if (det && /^(his|her|their)$/i.test(det)) {
    ctx.pronounClients.push({ lawyer, sentence, at, pronoun: det });
  }
}

function personAfter(ctx: ArticleContext, sentence: number, pos: number): Entity | undefined {
  const m = ctx.namesIn(sentence).find((n) => n.start >= pos && n.start <= pos + 3 && n.type === "Person");
  return m ? ctx.entityOf.get(m) : undefined;
}

/** An organisation, studio or court named right after `pos` when the text between fits `gap`. */
function worksForAfter(ctx: ArticleContext, person: Entity, sentence: number, pos: number, gap: RegExp, role?: string): void {
  const target = ctx.namesIn(sentence).find((n) => n.start >= pos && (n.type === "Organization" || n.type === "Court" || n.type === "Studio") && gap.test(ctx.text.slice(pos, n.start)));
  const e = target && ctx.entityOf.get(target);
  if (!e) return;
  const between = ctx.text.slice(pos, target.start);
  if (/founded/i.test(between) || role === "founder") ctx.relate("FOUNDED", person, e, sentence, 0.8);
  else ctx.relate("WORKS_FOR", person, e, sentence, 0.75);
}

/** "the actors Tom Hale and Pia Lund", "Deputy District Attorneys A and B": the role covers both names. */
function coordinatedRoles(ctx: ArticleContext): void {
  for (const s of ctx.sentences) for (let i = 1, names = ctx.namesIn(s.index); i < names.length; i++) {
    const [a, b] = [names[i - 1]!, names[i]!];
    if (a.type !== "Person" || b.type !== "Person") continue;
    if (!/^\s*(?:,|and|&)\s*$/.test(ctx.text.slice(a.end, b.start))) continue;
    const pa = ctx.entityOf.get(a), pb = ctx.entityOf.get(b);
    if (!pa || !pb) continue;
    const before = ctx.text.slice(ctx.sentences[a.sentence]!.start, a.start);
    const plural = /\b(actors|actresses|lawyers|attorneys|prosecutors|judges|producers|castmates|co-stars|attorneys)\s*,?\s*$/i.exec(before) ?? (a.title && /s\s*$/i.test(before) ? /(\S+)\s*$/.exec(before) : null);
    if (!plural) continue;
    for (const label of ctx.rolesOf(pa)) {
      const r = ctx.relationsFrom(pa.id).find((x) => x.type === "HOLDS_ROLE" && ctx.entity(x.target)?.label === label);
      if (r) { const start = a.start - plural[0].length; ctx.holdsRole(pb, label, a.sentence, start, start + plural[1]!.length, 0.75); }
    }
  }
}

/** Studios, films and the people who made or acted in them. */
export function extractFilms(ctx: ArticleContext): void {
  for (const s of ctx.sentences) {
    const names = ctx.namesIn(s.index);
    const films = names.filter((n) => n.type === "Film");
    {
      // "who left college at 19 to start the company in 2003": the company of the article, founded by the sentence's subject
      const kindFounded = /\b(?:co-?founded|founded|to start|started|set up|launched)\s+(?:the|her|his|their)\s+(company|firm|startup|studio|charity|church|agency|bank|business)\b(?!\s+(?:of|that|which|\p{Lu}))/u.exec(s.text);
      if (kindFounded) {
        const org = organisationOfKind(ctx, kindFounded[1]!.replace(/^startup$/i, "company"), s.index);
        if (org && !ctx.relationsTo(org.id).some((r) => r.type === "FOUNDED")) ctx.relate("FOUNDED", subjectOf(ctx, s.index, s.start + kindFounded.index), org, s.index, 0.55);
      }
      // "co-founded the Lantern studio"
      for (const st of names.filter((n) => n.type === "Studio" || n.type === "Organization")) {
        const before = ctx.text.slice(s.start, st.start);
        if (/\b(?:co-?founded|founded|started|created|set up|launched)\s+(?:the\s+)?(?:[\p{Ll}\-]+\s+){0,2}$/iu.test(before.slice(-60))) {
          const who = subjectOf(ctx, s.index, st.start);
          ctx.relate("FOUNDED", who, ctx.entityOf.get(st), s.index, 0.75);
        }
        // "Lantern Hill Pictures, the company Renfrew founded with director X"
        const after = ctx.text.slice(st.end, Math.min(s.end, st.end + 120));
        const founder = /^,\s+the\s+(?:[\p{Ll}\-]+\s+){0,2}(?:company|studio|firm|charity|group|organization)\s+$/u.exec(after.slice(0, after.search(/\p{Lu}/u) >= 0 ? after.search(/\p{Lu}/u) : 0));
        if (founder) {
          const names = ctx.namesIn(s.index).filter((n) => n.type === "Person" && n.start > st.end && n.start < st.end + 120);
          const first = names[0];
          if (first && /^\s+(?:co-?founded|founded|started|set up)\b/.test(ctx.text.slice(first.end, first.end + 20))) {
            ctx.relate("FOUNDED", ctx.entityOf.get(first), ctx.entityOf.get(st), s.index, 0.7);
            const partner = names.find((n) => n.start > first.end && /\bwith\s+(?:[\p{Ll}\-]+\s+){0,2}$/u.test(ctx.text.slice(first.end, n.start)));
            if (partner) ctx.relate("FOUNDED", ctx.entityOf.get(partner), ctx.entityOf.get(st), s.index, 0.65);
          }
        }
      }
    }
    for (const f of films) {
      const film = ctx.entityOf.get(f);
      if (!film) continue;
      const before = ctx.text.slice(s.start, f.start - 1);
      const after = ctx.text.slice(f.end + 1, s.end);
      // ""Harbor Nights," the comedy series in which he starred alongside Tom Hale"
      const starredIn = /^[,.”"]*\s*(?:the|a|an)\s+(?:[\p{L}\-']+\s+){0,3}?(?:series|show|sitcom|film|movie|drama|comedy|western|thriller)\s+(?:in which|where|that)\s+(he|she|they)\s+(?:starred|appeared|played|acted|co-starred)\b/iu.exec(after);
      if (starredIn) {
        ctx.relate("ACTED_IN", subjectOf(ctx, s.index, f.start), film, s.index, 0.7);
        const along = /^\s+alongside\s+(?:(?:his|her|their|the)\s+)?(?:[\p{Ll}\-]+\s+){0,3}/u.exec(ctx.text.slice(f.end + 1 + starredIn[0].length, s.end));
        if (along) ctx.relate("ACTED_IN", personAfter(ctx, s.index, f.end + 1 + starredIn[0].length + along[0].length), film, s.index, 0.65);
      }
      // "the network sitcom that ran from 1984 to 1992 and cast him as Dr. Ned Crane"
      const castPronoun = /^[^.;]*?\b(?:cast|starring|starred)\s+(him|her)\b/u.exec(after);
      if (castPronoun) ctx.relate("ACTED_IN", ctx.salientPerson(s.index, f.start, ctx.fitsPronoun(castPronoun[1])), film, s.index, 0.65);
      // "directed by Pia Lund", "X, directed by Y"
      // "directed by Pia Lund", "directed by the Greek filmmaker Pia Lund"
      const dir = /^[,.”"]*\s*(?:\p{L}+\s+){0,3}?(?:directed|written and directed) by\s+(?:the\s+(?:[\p{Lu}\p{Ll}][\p{Ll}\-]+\s+){0,2}?(?:filmmaker|director|auteur)\s+)?/u.exec(after);
      if (dir) ctx.relate("DIRECTED", personAfter(ctx, s.index, f.end + 1 + dir[0].length), film, s.index, 0.8);
      const star = /^[,.”"]*\s*(?:[\p{L}.'’\-]+\s+){0,6}?(?:starring|and starring)\s+/u.exec(after);
      // ""Harbor," Ana Ruiz's three-hour drama": the director's film
      const own = /^[,.”"]*\s*(\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3})['’]s\s+(?:[\p{L}\-]+\s+){0,2}(?:film|movie|drama|comedy|thriller|biopic|epic|documentary)\b/u.exec(after);
      if (own) ctx.relate("DIRECTED", personAfter(ctx, s.index, f.end + 1 + own[0].indexOf(own[1]!)), film, s.index, 0.65);
      // "named best actress for "Glass Houses""
      if (/\bbest (?:supporting |leading |lead )?(?:actor|actress|performance)\b(?:(?!["“]).)*\bfor\s*["“]?$/u.test(before)) ctx.relate("ACTED_IN", subjectOf(ctx, s.index, f.start), film, s.index, 0.7);
      // "seven years after she won for "Glass Houses"": an actor's award for a film
      const won = /\b(he|she)\s+(?:had\s+)?(?:won|was nominated|earned (?:an? )?(?:Oscar|nomination))\s+for\s*["“]?$/u.exec(before);
      if (won) {
        const who = ctx.salientPerson(s.index, s.start + won.index, ctx.fitsPronoun(won[1]));
        // an actor: by role, or by a part already found
        if (who && (ctx.rolesOf(who).some((r) => r === "actor" || r === "actress") || ctx.has("ACTED_IN", who)) && !ctx.has("DIRECTED", who, film)) ctx.relate("ACTED_IN", who, film, s.index, 0.6);
      }
      if (star) ctx.relate("ACTED_IN", personAfter(ctx, s.index, f.end + 1 + star[0].length), film, s.index, 0.75);
      if (/^[,.”"]*\s*(?:\p{L}+\s+){0,2}?(?:released|produced|made) by\s+/u.test(after)) {
        const st = names.find((n) => n.start > f.end && (n.type === "Studio" || n.type === "Organization"));
        if (st) ctx.relate("PRODUCED", ctx.entityOf.get(st), film, s.index, 0.7);
      }
      // "played Ned Crane on the sitcom "Harbor Nights"", "starred in", "the star of"
      if (/\b(?:starred|starring|stars|played|plays|appeared|co-starred|cast|role|roles|star|actor|actress|performance)\b[^.;]*$/i.test(before) || /^\s*(?:star|actor|actress|cast member|alum)\b/i.test(after)) {
        const who = subjectOf(ctx, s.index, f.start);
        if (who && !ctx.has("DIRECTED", who, film) && !ctx.rolesOf(who).some((r) => roleOf(r)?.legal)) ctx.relate("ACTED_IN", who, film, s.index, 0.7);
      }
      if (/\b(?:directed|direct|directing)\b[^.;]*$/i.test(before) && !/\bdirected by\b/i.test(before)) {
        const who = subjectOf(ctx, s.index, f.start);
        ctx.relate("DIRECTED", who, film, s.index, 0.65);
      }
      // "the Lantern studio, whose hit movies included ..."; "films produced by the studio"
      for (const st of names.filter((n) => n.type === "Studio")) {
        const between = st.end < f.start ? ctx.text.slice(st.end, f.start) : ctx.text.slice(f.end, st.start);
        if (/\bdistribut/i.test(between)) continue;
        if (/\b(?:whose|produced|released|made|movies|films|hits)\b/i.test(between) || /\bby\s+$/.test(between)) ctx.relate("PRODUCED", ctx.entityOf.get(st), film, s.index, 0.7);
      }
    }
  }
}

/** "two of his castmates from the sitcom, the actors Tom Hale and Pia Lund": castmates acted in that film. */
export function extractCastmates(ctx: ArticleContext): void {
  for (const s of ctx.sentences) {
    // "the film's three producers: Ana Doe, John Roe and Pia Lund"
    const crew = CREW_LIST.exec(s.text);
    const info = crew && roleByForm.get(crew[1]!.toLowerCase());
    if (info && CREW.has(info.label)) {
      const film = recentFilm(ctx, s.index, s.start + crew.index);
      let pos = s.start + crew.index + crew[0].length;
      for (const n of ctx.namesIn(s.index).filter((x) => x.type === "Person" && x.start >= pos)) {
        if (!/^\s*(?:,|and|, and)?\s*$/.test(ctx.text.slice(pos, n.start))) break;
        const person = ctx.entityOf.get(n);
        ctx.holdsRole(person, info.label, s.index, s.start + crew.index + crew[0].indexOf(crew[1]!), s.start + crew.index + crew[0].indexOf(crew[1]!) + crew[1]!.length, 0.7);
        ctx.relate(info.label === "producer" ? "PRODUCED" : "WORKED_ON", person, film, s.index, 0.65);
        pos = n.end;
      }
    }
    const cast = /\b(?:castmates?|co-stars?|cast members?)\b/i.exec(s.text);
    if (!cast) continue;
    const film = recentFilm(ctx, s.index, s.end);
    if (!film) continue;
    for (const n of ctx.namesIn(s.index)) if (n.type === "Person" && n.start > s.start + cast.index) ctx.relate("ACTED_IN", ctx.entityOf.get(n), film, s.index, 0.6);
  }
}

const CREW_LIST = /\b(?:its|the (?:film|movie|show|series|production)['’]s)\s+(?:(?:two|three|four|five)\s+)?(producers|cinematographers|editors|screenwriters|composers)\s*:\s*/i;

/** "The Dayton Police Department fired Novak": an organisation that hired, fired or employed someone employed them. */
export function extractEmployers(ctx: ArticleContext): void {
  for (const s of ctx.sentences) {
    // "stealing from the foundation she had run for a decade": the organisation of that kind the article names
    for (const m of s.text.matchAll(RAN_IT)) {
      const [, kind, pronoun, verb] = m;
      const person = ctx.salientPerson(s.index, s.start + m.index, ctx.fitsPronoun(pronoun));
      // one whose name says its kind, else the one organisation of the article outside the case (police, prosecutors)
      const named = organisationOfKind(ctx, kind!, s.index);
      const outside = ctx.byType("Organization").concat(ctx.byType("Studio")).filter((o) => !/\b(?:police|attorney|prosecut\w*|office|department|sheriff|ministry|bureau)\b/i.test(o.label));
      const org = named?.label.toLowerCase().endsWith(kind!.toLowerCase()) ? named : outside.length === 1 ? outside[0] : undefined;
      if (org) ctx.relate(/found|start/.test(verb!) ? "FOUNDED" : "WORKS_FOR", person, org, s.index, 0.55);
    }
    if (!/\b(?:fired|hired|employed|suspended|dismissed|sacked|laid off)\b/.test(s.text)) continue;
    const names = ctx.namesIn(s.index);
    for (const org of names.filter((n) => n.type === "Organization" || n.type === "Studio")) {
      const gap = /^\s+(?:has |had |later |then |quickly )*(?:fired|hired|employed|suspended|dismissed|sacked|laid off)\s+$/;
      const person = names.find((n) => n.type === "Person" && n.start > org.end && gap.test(ctx.text.slice(org.end, n.start)));
      if (person) ctx.relate("WORKS_FOR", ctx.entityOf.get(person), ctx.entityOf.get(org), s.index, 0.6);
    }
  }
}

const RAN_IT = /\b(?:the|her|his|their)\s+(foundation|charity|company|firm|hospital|church|school|bank|agency|club|team|university|college)\s+(she|he)\s+(?:had\s+|has\s+)?(run|ran|led|headed|managed|worked for|worked at|founded|co-founded|started)\b/g;

/** The film a sentence last named, here or in the sentences before. */
function recentFilm(ctx: ArticleContext, sentence: number, pos: number): Entity | undefined {
  for (let s = sentence; s >= 0; s--) {
    const films = ctx.namesIn(s).filter((n) => n.type === "Film" && (s < sentence || n.end <= pos));
    const last = films[films.length - 1];
    if (last) return ctx.entityOf.get(last);
  }
  return undefined;
}

/** The grammatical subject of the clause that holds `pos`: the first person named before it, else the person the text is about. */
function subjectOf(ctx: ArticleContext, sentence: number, pos: number): Entity | undefined {
  const first = ctx.namesIn(sentence).find((n) => n.type === "Person" && n.end <= pos && ctx.entityOf.has(n));
  return first ? ctx.entityOf.get(first) : ctx.salientPerson(sentence, pos);
}

