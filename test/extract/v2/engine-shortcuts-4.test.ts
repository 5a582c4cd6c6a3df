// Part 4 of the check that the engine's shortcuts change no match (engine-shortcuts.ts says how).
import { describeShortcutsPart } from "./engine-shortcuts.ts";

describeShortcutsPart(3, 4);
