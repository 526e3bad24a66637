-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'RUN_NOW';

-- AlterEnum
ALTER TYPE "AuditEntity" ADD VALUE 'MAIL';
