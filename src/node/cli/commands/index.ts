import type { Command } from '../command'
import { backup, restore } from './backup'
import { check } from './check'
import { convert } from './convert'
import { desk } from './desk'
import { exportCommand } from './export'
import { importCommand } from './import'
import { lint } from './lint'
import { list } from './list'
import { normalize } from './normalize'
import { pullquotes } from './pullquotes'
import { search } from './search'
import { sentences } from './sentences'
import { show } from './show'
import { spell } from './spell'
import { stats } from './stats'
import { update } from './update'

/** Every command, in the order `amud --help` lists them. */
export const commands: Command[] = [
  check,
  convert,
  lint,
  spell,
  sentences,
  normalize,
  importCommand,
  exportCommand,
  list,
  update,
  search,
  show,
  backup,
  restore,
  stats,
  pullquotes,
  desk
]
