package com.geokg.schema;

import org.jboss.logging.Logger;

import com.geokg.model.Models;

import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.spi.EventingService;

/**
 * Adds the API generated from the model to the schema SmallRye GraphQL builds from the annotated
 * classes (its {@code beforeSchemaBuild} event, found through {@code META-INF/services}). A model
 * that cannot work adds nothing here: start-up then reports its problems and stops
 * ({@code ModelCheck}), so no half-built API is ever served.
 */
public final class ModelSchemaExtension implements EventingService {

    private static final Logger LOG = Logger.getLogger(ModelSchemaExtension.class);

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        var loaded = Models.loaded();
        if (loaded.problem() != null) {
            LOG.debugf("model not usable, schema left as is: %s", loaded.problem().getMessage());
            return builder;
        }
        return SchemaGenerator.augment(loaded.model(), builder.build());
    }
}
