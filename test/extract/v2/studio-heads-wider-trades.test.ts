// "Media", "Entertainment" and "Television" end the names of publishers, talent agencies, record labels and
// broadcasters as often as of studios. In a story that names no film, such a name is a company (an Organization);
// where the story names a film, or a cue says it is a studio ("the production company X"), it stays a studio.
import { describeStories, relationLines, story } from "./helpers.ts";

const read = (text: string) => {
  const s = story(text);
  return [...s.entities.map((e) => `${e.type} ${e.label}`), ...relationLines(s)];
};

describeStories("studio head words of wider trades", [
  {
    style: "Nigerian daily: a singer's record company, owned by a media group, in a story with no film",
    text: "Singer remanded over assault\n\nLAGOS - Afrobeats singer Tunde Ellerby was remanded on Monday. He is signed to Bramwell Entertainment, which is owned by Northgate Media.",
    facts: ["Organization Bramwell Entertainment", "Organization Northgate Media"],
    not: ["Studio Bramwell Entertainment", "Studio Northgate Media"],
  },
  {
    style: "British broadsheet: a newspaper's owner in a libel story",
    text: "Publisher loses libel case\n\nThe High Court ruled against Tarnmoor Media, publisher of the Quaysmith Echo, on Friday. Hollinsby Television, which aired the claims, settled last year.",
    facts: ["Organization Tarnmoor Media"],
    not: ["Studio Tarnmoor Media", "Studio Hollinsby Television"],
  },
  {
    style: "US trade press: a company that made a named film stays a studio",
    text: "Studio sued over stunt injury\n\nKestwick Media, which produced the thriller \"Salt Roads\", was sued on Tuesday by a stuntman.",
    facts: ["Studio Kestwick Media", "Film Salt Roads"],
  },
  {
    style: "Indian trade press: the production company named as one stays a studio with no film named",
    text: "Producer arrested\n\nMUMBAI: The production company Northgate Entertainment was raided on Friday and its owner, Harpreet Velloran, was arrested.",
    facts: ["Studio Northgate Entertainment"],
  },
], read);
