// Tables, relations and inferred types. Columns are nullable unless `.notNull()` says otherwise
// (the opposite of SQLAlchemy's `Mapped[str]`), so every required column says so.
import { relations } from 'drizzle-orm'
import type { ExtractTablesWithRelations } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core'
import { boolean, integer, pgTable, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core'

// #region tables
export const users = pgTable('users', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  email: varchar('email', { length: 255 }).notNull(),
  name: varchar('name', { length: 100 }).notNull(),
  isActive: boolean('is_active').notNull().default(true),
  credits: integer('credits').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, t => [uniqueIndex('users_email_idx').on(t.email)])

export const posts = pgTable('posts', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  title: varchar('title', { length: 200 }).notNull(),
  content: text('content'),                       // nullable: no .notNull()
  published: boolean('published').notNull().default(false),
  authorId: integer('author_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
})
// #endregion tables

// #region relations
// Only for the relational query API (`with`): nothing is ever loaded implicitly.
export const usersRelations = relations(users, ({ many }) => ({ posts: many(posts) }))
export const postsRelations = relations(posts, ({ one }) => ({
  author: one(users, { fields: [posts.authorId], references: [users.id] }),
}))
// #endregion relations

// #region types
export type User = typeof users.$inferSelect       // what a select returns
export type NewUser = typeof users.$inferInsert    // id, isActive, createdAt optional
export type Post = typeof posts.$inferSelect
export type NewPost = typeof posts.$inferInsert
// #endregion types

export const schema = { users, posts, usersRelations, postsRelations }
/** Any Drizzle database over this schema: node-postgres pool, PGlite, or a transaction. */
export type AppDb = PgDatabase<PgQueryResultHKT, typeof schema>
export type AppTx = PgTransaction<PgQueryResultHKT, typeof schema, ExtractTablesWithRelations<typeof schema>>
