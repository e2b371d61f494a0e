import { brokenWrap, fixedWrap, Greeter } from './this-binding.ts'

class BrokenGreeter extends Greeter {}
BrokenGreeter.prototype.greet = brokenWrap(Greeter.prototype.greet)
class FixedGreeter extends Greeter {}
FixedGreeter.prototype.greet = fixedWrap(Greeter.prototype.greet)

try {
  new BrokenGreeter().greet('Ada')
}
catch (error) {
  console.log(`broken: ${error instanceof TypeError ? `TypeError: ${error.message}` : String(error)}`)
}
console.log(`fixed: ${new FixedGreeter().greet('Ada')}`)
