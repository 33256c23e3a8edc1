# The API for `docker compose up`; the database is the neo4j service (NEO4J_URI).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build:web
ENV PORT=4000
EXPOSE 4000
CMD ["npm", "start"]
