import { brokenWrap, fixedWrap, Greeter }
  from './this-binding.ts'

const { greet } = Greeter.prototype
class Broken extends Greeter {}
Broken.prototype.greet = brokenWrap(greet)
class Fixed extends Greeter {}
Fixed.prototype.greet = fixedWrap(greet)
try {
  new Broken().greet('Ada')
}
catch (error) {
  console.log(`broken: ${String(error)}`)
}
console.log(`fixed: ${new Fixed().greet('Ada')}`)
