// Slidev's app setup for every deck of the kit.
import { defineAppSetup } from '@slidev/types'
import * as vue from 'vue'
import { fitCodeBlocksIn } from './fit-code'

/**
 * The Vue helpers compiled slides call. Every deck imports all of them here, so Vue's chunk exports
 * the same names in every deck and the course site stores it once (setup/shared-chunks.ts).
 */
const slideHelpers = [
  vue.Comment, vue.Fragment, vue.KeepAlive, vue.Teleport, vue.Text, vue.Transition, vue.TransitionGroup,
  vue.computed, vue.createBaseVNode, vue.createBlock, vue.createCommentVNode, vue.createElementBlock,
  vue.createSlots, vue.createStaticVNode, vue.createTextVNode, vue.createVNode, vue.defineAsyncComponent,
  vue.defineComponent, vue.guardReactiveProps, vue.h, vue.isRef, vue.isVNode, vue.mergeProps, vue.normalizeClass,
  vue.normalizeProps, vue.normalizeStyle, vue.onBeforeUnmount, vue.onMounted, vue.openBlock, vue.reactive,
  vue.ref, vue.renderList, vue.renderSlot, vue.resolveComponent, vue.resolveDirective,
  vue.resolveDynamicComponent, vue.shallowReactive, vue.shallowRef, vue.toDisplayString, vue.toHandlers,
  vue.unref, vue.vModelCheckbox, vue.vModelSelect, vue.vModelText, vue.vShow, vue.watch, vue.withCtx,
  vue.withDirectives, vue.withKeys, vue.withModifiers,
]

export default defineAppSetup(({ app }) => {
  app.provide('kit:slide-helpers', slideHelpers)
  if (typeof document !== 'undefined')
    fitCodeBlocksIn(document.body)
})
