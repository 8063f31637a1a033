import type { Command } from '../command'
import { check } from './check'
import { convert } from './convert'
import { lint } from './lint'
import { normalize } from './normalize'
import { sentences } from './sentences'

/** Every command, in the order `amud --help` lists them. */
export const commands: Command[] = [check, convert, lint, sentences, normalize]
