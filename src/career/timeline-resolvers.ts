import { asOfMonth } from '../graphql/arguments.js';
import type { Context } from '../graphql/context.js';
import type { EntityRecord } from '../graphql/entity-kind.js';
import { adoptionYears, type TimelineYear, timelineYears } from './timeline.js';
import { adoptionKey, type YearCount } from './timeline-loaders.js';

export const timelineResolvers = {
  Person: {
    async timeline(
      person: EntityRecord,
      args: { asOf?: string | null },
      { loaders }: Context,
    ): Promise<TimelineYear<EntityRecord, EntityRecord>[]> {
      const asOf = asOfMonth(args.asOf);
      const record = await loaders.personTimeline.load(person.id);
      return record ? timelineYears(record.roles, record.uses, asOf) : [];
    },
  },
  Technology: {
    async adoption(
      technology: EntityRecord,
      args: { asOf?: string | null },
      { loaders }: Context,
    ): Promise<YearCount[]> {
      return adoptionYears(
        await loaders.technologyAdoption.load(adoptionKey(technology.id, asOfMonth(args.asOf))),
      );
    },
  },
};
