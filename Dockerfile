# Multi-stage build of the GeoKG Quarkus application (fast-jar layout).
#   docker build -t geokg .
#   docker run -p 8080:8080 -e NEO4J_URI=bolt://host:7687 -e NEO4J_USERNAME=neo4j -e NEO4J_PASSWORD=... geokg

## Build stage: official Maven image with Eclipse Temurin 17
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /build
# Resolve dependencies in their own layer so source edits do not re-download them.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN sh ./mvnw -B -q dependency:go-offline
COPY src src
COPY cypher cypher
RUN sh ./mvnw -B -DskipTests package

## Runtime stage: JRE only, non-root
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 185 quarkus \
 && useradd --system --uid 185 --gid quarkus --home-dir /deployments --shell /usr/sbin/nologin quarkus \
 && mkdir /deployments && chown quarkus:quarkus /deployments
WORKDIR /deployments
# Four separate copies, as in the Quarkus Dockerfile.jvm: lib/ changes least often.
COPY --from=build --chown=185:185 /build/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=185:185 /build/target/quarkus-app/*.jar /deployments/
COPY --from=build --chown=185:185 /build/target/quarkus-app/app/ /deployments/app/
COPY --from=build --chown=185:185 /build/target/quarkus-app/quarkus/ /deployments/quarkus/
USER 185
EXPOSE 8080
ENV LANGUAGE='en_US:en' \
    JAVA_OPTS="--add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/java.io=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
# sh -c expands $JAVA_OPTS; exec makes java PID 1 so it receives SIGTERM.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar quarkus-run.jar"]
