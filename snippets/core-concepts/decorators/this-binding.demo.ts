import { brokenWrap, fixedWrap, Greeter }
  from './this-binding.ts'

class Broken extends Greeter {}
Broken.prototype.greet = brokenWrap(Greeter.prototype.greet)
class Fixed extends Greeter {}
Fixed.prototype.greet = fixedWrap(Greeter.prototype.greet)

try {
  new Broken().greet('Ada')
}
catch (error) {
  console.log(`broken: ${String(error)}`)
}
console.log(`fixed: ${new Fixed().greet('Ada')}`)
